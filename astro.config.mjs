// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { abbrPlugin, readGlossary } from './src/integrations/abbr-markdown.ts';
import contentCheck from './src/integrations/content-check/index.ts';
import { externalLinksPlugin } from './src/integrations/external-links.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { SITE } from './src/site.config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), securityHeaders(), sitemap({ filter: (page) => !/\/(404|admin)(\/|\.html)?$/.test(page) })],
  // Component styles go to cached files rather than into each page: no per-page
  // style hashes for the CSP, and a visitor downloads them once for the whole site.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: satteri({ hastPlugins: [abbrPlugin(readGlossary(root)), externalLinksPlugin(site)] }) },
  devToolbar: { enabled: false },
  // One policy for every page: the site itself, and the map tiles' host (src/site.config.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        `img-src 'self' data: ${new URL(SITE.tiles.url).origin}`,
        "connect-src 'self'",
        // Pagefind runs its index in a worker.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles WebAssembly; Astro adds the hashes of inline scripts.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Leaflet positions tiles and markers with style attributes.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
});
