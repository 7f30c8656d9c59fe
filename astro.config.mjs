// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check/index.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
