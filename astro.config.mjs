// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { abbrPlugin, readGlossary } from './src/integrations/abbr-markdown.ts';
import contentCheck from './src/integrations/content-check/index.ts';
import { dispositifTypesCss } from './src/integrations/dispositif-types-css.ts';
import { DEFAULT_LANG, LANGUAGES } from './src/i18n/languages.ts';
import { externalLinksPlugin } from './src/integrations/external-links.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { siteAddressCss } from './src/integrations/site-address-css.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // MDX is for pages written under src/ by maintainers: content collections load Markdown alone
  // (src/schemas/index.ts), and the content check refuses a .mdx file in content/.
  integrations: [
    contentCheck(),
    mdx(),
    securityHeaders(),
    sitemap({
      filter: (page) => !/\/(404|admin)(\/|\.html)?$/.test(page),
      // Each page lists its translations (`xhtml:link hreflang`), by the codes its own
      // `<link rel="alternate">` gives (src/layouts/Base.astro); a French-only page lists none.
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(Object.keys(LANGUAGES).map((code) => [code, code])) },
    }),
  ],
  build: {
    format: 'directory',
    // Component styles go to files a visitor downloads once for the whole site, not
    // into each page: the pages then need no hash in their policy (src/lib/security/csp.ts).
    inlineStylesheets: 'never',
    // Four pages in progress at once: while one waits for its folder and file to be
    // written, another renders. One at a time, a quarter of the rendering was spent
    // waiting (docs/benchmarks.md).
    concurrency: 4,
  },
  markdown: {
    processor: satteri({
      hastPlugins: [abbrPlugin(readGlossary(root)), externalLinksPlugin(site)],
      // Raw HTML in Markdown becomes elements, not opaque text, so that the plugins see its links and words.
      features: { rawHtml: true },
    }),
  },
  vite: { plugins: [dispositifTypesCss(), siteAddressCss(site)] },
  devToolbar: { enabled: false },
});
