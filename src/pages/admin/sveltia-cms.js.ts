/**
 * /admin/sveltia-cms.js: the CMS as its authors build it for the browser (one
 * file that starts itself), served by the site: no script from a CDN. Copied,
 * not bundled again by Vite, which took four seconds of every build and wrote
 * hundreds of chunks to dist/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { APIRoute } from 'astro';

/** The package's prebuilt browser file (its `exports` expose only its module entry, next to which it lives). */
export function cmsBrowserFile(): string {
  const entry = createRequire(import.meta.url).resolve('@sveltia/cms');
  return join(dirname(entry), '..', 'dist', 'sveltia-cms.js');
}

export const GET: APIRoute = () => {
  // Without the source map comment: the map (8 MB) is not published.
  const script = readFileSync(cmsBrowserFile(), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
