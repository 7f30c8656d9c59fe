// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { abbrPlugin, readGlossary } from './src/integrations/abbr-markdown.ts';
import contentCheck from './src/integrations/content-check/index.ts';
import searchIndex from './src/integrations/search-index.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), searchIndex()],
  build: { format: 'directory' },
  markdown: { processor: satteri({ hastPlugins: [abbrPlugin(readGlossary(root))] }) },
  devToolbar: { enabled: false },
});
