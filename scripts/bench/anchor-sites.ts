/**
 * The sites the national benchmark compares the project's build to, each with the
 * same Markdown pages: a bare Astro site, the same followed by Pagefind, and a
 * Starlight site (whose search is Pagefind too).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ROOT, linkPackages } from '../lib/project-copy.ts';

export interface AnchorPage {
  title: string;
  /** Markdown. */
  body: string;
}

function writer(root: string) {
  return (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
}
const markdownPage = ({ title, body }: AnchorPage) => `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`;

/**
 * Pagefind run as Starlight runs it (its `integrations/pagefind.ts`) and as our
 * scripts/search-index.ts does: its Node client, default settings, the whole of
 * `dist/` indexed, the index written to `dist/pagefind/`.
 */
const PAGEFIND_STEP = [
  "import * as pagefind from 'pagefind';",
  'const started = performance.now();',
  'const { index } = await pagefind.createIndex();',
  "const added = await index.addDirectory({ path: 'dist' });",
  "const written = await index.writeFiles({ outputPath: 'dist/pagefind' });",
  'await pagefind.close();',
  'const errors = [...added.errors, ...written.errors];',
  'if (errors.length > 0 || added.page_count === 0) throw new Error(`Pagefind : ${errors.join(" ; ") || "aucune page"}`);',
  'console.log(`[pagefind] ${added.page_count} pages indexées en ${Math.round(performance.now() - started)} ms`);',
].join('\n');

/**
 * A bare Astro site: the pages in a glob collection, one route, a trivial layout,
 * Astro's default settings. Two builds: `build` (Astro alone) and `build:pagefind`
 * (Astro, then Pagefind as a step of its own, as the project's build does).
 */
export function writeBareSite(root: string, pages: AnchorPage[]): void {
  const write = writer(root);
  const scripts = { build: 'astro build', 'build:pagefind': 'astro build && node pagefind-index.mjs' };
  write('package.json', JSON.stringify({ name: 'nu', private: true, type: 'module', scripts }));
  write('pagefind-index.mjs', `${PAGEFIND_STEP}\n`);
  write('astro.config.mjs', "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  write(
    'src/content.config.ts',
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n" +
      "export const collections = { pages: defineCollection({ loader: glob({ base: 'pages', pattern: '**/*.md' }), schema: z.object({ title: z.string() }) }) };\n",
  );
  write(
    'src/pages/[...slug].astro',
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n" +
      "  return (await getCollection('pages')).map((page) => ({ params: { slug: page.id }, props: { page } }));\n}\n" +
      'const { page } = Astro.props;\nconst { Content } = await render(page);\n---\n' +
      '<html lang="fr"><head><meta charset="utf-8" /><title>{page.data.title}</title></head><body><main><h1>{page.data.title}</h1><Content /></main></body></html>\n',
  );
  pages.forEach((page, i) => write(`pages/page-${i}.md`, markdownPage(page)));
  linkPackages(root);
}

/** The Starlight version this benchmark was tried with, offline (docs/benchmarks.md). */
const STARLIGHT_VERSION = '0.42.4';
const projectAstro = () => (JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
/** Where Starlight is looked for when the project does not install it: outside the repository, installed once by hand. */
export const STARLIGHT_CACHE = process.env['BENCH_STARLIGHT_DIR'] ?? join(homedir(), '.cache/perseverance-bench/starlight');

/**
 * The folder whose node_modules holds Starlight, with the project's Astro version:
 * the project's own, or the cache folder. Otherwise why not, and how to get it.
 */
export function findStarlight(): { packages: string } | { missing: string } {
  for (const folder of [ROOT, STARLIGHT_CACHE]) {
    if (!existsSync(join(folder, 'node_modules/@astrojs/starlight'))) continue;
    const astro = (JSON.parse(readFileSync(join(folder, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
    if (astro === projectAstro()) return { packages: folder };
    return { missing: `Starlight trouvé dans ${folder} avec Astro ${astro}, le projet a Astro ${projectAstro()}.` };
  }
  return {
    missing:
      `Starlight n’est pas installé. Pour l’ajouter (une fois, hors du dépôt) : ` +
      `npm install --prefix ${STARLIGHT_CACHE} @astrojs/starlight@${STARLIGHT_VERSION} astro@${projectAstro()}`,
  };
}

/**
 * A Starlight site: the pages in its `docs` collection, its default settings but
 * for two: French as its language, as the pages are (Pagefind then indexes them as
 * French, as it does the others), and a sidebar of no links. By default the sidebar
 * lists every page on every page, so the site grows as the square of its pages (at
 * 100 pages, 13 KB of each 29 KB page are its links): a site of thousands of pages
 * sets its own.
 */
export function writeStarlightSite(root: string, pages: AnchorPage[], packages: string): void {
  const write = writer(root);
  // Astro bundles the packages that are made for it (Starlight imports `astro:` modules) by
  // reading the site's dependencies: Starlight must be declared, as a real site declares it.
  const version = (name: string) =>
    (JSON.parse(readFileSync(join(packages, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  const dependencies = { '@astrojs/starlight': version('@astrojs/starlight'), astro: version('astro') };
  write(
    'package.json',
    JSON.stringify({ name: 'starlight', private: true, type: 'module', scripts: { build: 'astro build' }, dependencies }),
  );
  write(
    'astro.config.mjs',
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n" +
      "export default defineConfig({ integrations: [starlight({ title: 'Banc national', locales: { root: { label: 'Français', lang: 'fr' } }, sidebar: [] })] });\n",
  );
  write(
    'src/content.config.ts',
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n" +
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n',
  );
  pages.forEach((page, i) => write(`src/content/docs/page-${i}.md`, markdownPage(page)));
  linkPackages(root, packages);
}
