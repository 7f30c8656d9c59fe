/**
 * Builds the Pagefind search index after `astro build`, so that `npm start` and CI
 * always serve a fresh one. Only pages with `data-pagefind-body` are indexed; the
 * words they should also be found by were added as they were rendered (src/middleware.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface IndexReport {
  pages: number;
  errors: string[];
  /** Milliseconds spent indexing pages and writing the index. */
  timings: { add: number; write: number };
}

/** Indexes every page of `dir` that has `data-pagefind-body`, and writes the index to `dir`/pagefind. */
export async function indexSite(dir: string): Promise<IndexReport> {
  const timings = { add: 0, write: 0 };
  let started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) return { pages: 0, errors, timings };
  const added = await index.addDirectory({ path: dir });
  errors.push(...added.errors);
  timings.add = performance.now() - started;
  started = performance.now();
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  errors.push(...written.errors);
  await pagefind.close();
  timings.write = performance.now() - started;
  return { pages: added.page_count, errors, timings };
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:server:setup': ({ logger }) => {
        logger.info(
          'La recherche (/recherche/) a besoin d’un index construit : lancez `npm run build` puis `npm run preview`, ou `npm start`.',
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, errors } = await indexSite(fileURLToPath(dir));
        if (errors.length > 0) throw new Error(`Index de recherche : ${errors.join(' ; ')}`);
        logger.info(`${pages} pages indexées pour la recherche en ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
