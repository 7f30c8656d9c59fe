/**
 * robots.txt: everything may be crawled but the editors' CMS, and the site map
 * (written by @astrojs/sitemap) is announced with its absolute address.
 */
import type { APIContext } from 'astro';
import { absoluteHref, href } from '../lib/paths.ts';

export function GET({ site }: APIContext) {
  const lines = ['User-agent: *', `Disallow: ${href('/admin/')}`, '', `Sitemap: ${absoluteHref('/sitemap-index.xml', site)}`, ''];
  return new Response(lines.join('\n'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
