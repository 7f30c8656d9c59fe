/**
 * Links in Markdown bodies that leave the site get `rel="noopener noreferrer"`:
 * the other site cannot reach this page through `window.opener`, nor learn
 * which page sent the reader (privacy, see /donnees-personnelles/). So does a
 * link with a `target` (`_blank`, a window's name), even to a page of this site:
 * the window it opens would otherwise get `window.opener`. Raw HTML links are
 * seen too: the Markdown processor parses raw HTML into elements
 * (`features.rawHtml` in astro.config.mjs).
 */
import { defineHastPlugin } from 'satteri';
import { isExternalHref, withExternalRel } from '../lib/security/external-links.ts';

export function externalLinksPlugin(site: string) {
  return defineHastPlugin({
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        const target = node.properties?.['target'];
        const external = typeof href === 'string' && isExternalHref(href, site);
        if (!external && (target === undefined || target === null || target === '')) return;
        ctx.setProperty(node, 'rel', withExternalRel(node.properties?.['rel']));
      },
    },
  });
}
