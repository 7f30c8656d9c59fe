/**
 * `npm run build`, second step: the Pagefind search index of the built site.
 * Only pages with `data-pagefind-body` are indexed; the words they should also
 * be found by were added as they were rendered (src/layouts/Base.astro).
 *
 * A step of its own, after `astro build` has exited, rather than an Astro
 * integration: Pagefind holds every page in memory while it indexes (about 1 GB
 * at 14,550 pages), and inside the build it added that to Astro's own (1.25 GB at
 * that size, not given back to the system once the pages are written). Run after
 * it, the two never add up (docs/benchmarks.md).
 */
import { join, resolve } from 'node:path';
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

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const started = performance.now();
  const { pages, errors } = await indexSite(dir);
  if (errors.length > 0 || pages === 0) {
    console.error(`Index de recherche : ${errors.join(' ; ') || `aucune page à indexer dans ${dir} (lancez d’abord astro build).`}`);
    process.exit(1);
  }
  console.log(`[search-index] ${pages} pages indexées pour la recherche en ${Math.round(performance.now() - started)} ms`);
}
