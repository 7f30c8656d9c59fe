/**
 * `npm run build`, second step: the Pagefind search index of the built site.
 * Only pages with `data-pagefind-body` are indexed; the words they should also
 * be found by were added as they were rendered (src/layouts/Base.astro).
 *
 * One index per language, as Pagefind makes them from each page's `<html lang>`:
 * the search page of a language loads its language's index only, with its
 * stemming (Ukrainian has none in Pagefind: its words are matched as written).
 *
 * A step of its own, after `astro build` has exited, rather than an Astro
 * integration: Pagefind holds every page in memory while it indexes (about 1 GB
 * at 14,550 pages), and inside the build it added that to Astro's own (1.25 GB at
 * that size, not given back to the system once the pages are written). Run after
 * it, the two never add up (docs/benchmarks.md).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { isLang } from '../src/i18n/languages.ts';

export interface IndexReport {
  pages: number;
  /** Pages indexed in each language, by `<html lang>`. */
  languages: Record<string, number>;
  errors: string[];
  /** Milliseconds spent indexing pages and writing the index. */
  timings: { add: number; write: number };
}

/** Indexes every page of `dir` that has `data-pagefind-body`, and writes the index to `dir`/pagefind. */
export async function indexSite(dir: string): Promise<IndexReport> {
  const timings = { add: 0, write: 0 };
  let started = performance.now();
  const { index, errors } = await pagefind.createIndex();
  if (!index) return { pages: 0, languages: {}, errors, timings };
  const added = await index.addDirectory({ path: dir });
  errors.push(...added.errors);
  timings.add = performance.now() - started;
  started = performance.now();
  const output = join(dir, 'pagefind');
  const written = await index.writeFiles({ outputPath: output });
  errors.push(...written.errors);
  await pagefind.close();
  timings.write = performance.now() - started;
  if (errors.length > 0) return { pages: added.page_count, languages: {}, errors, timings };
  const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
  // A page without a language of the site would make an index no search page loads.
  const unknown = Object.keys(languages).filter((lang) => !isLang(lang));
  if (unknown.length > 0)
    errors.push(`des pages sont dans une langue que le site ne connaît pas (${unknown.join(', ')}) : vérifiez leur <html lang>.`);
  return { pages: added.page_count, languages, errors, timings };
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const started = performance.now();
  const { pages, languages, errors } = await indexSite(dir);
  if (errors.length > 0 || pages === 0) {
    console.error(`Index de recherche : ${errors.join(' ; ') || `aucune page à indexer dans ${dir} (lancez d’abord astro build).`}`);
    process.exit(1);
  }
  const byLanguage = Object.entries(languages)
    .map(([lang, count]) => `${lang} ${count}`)
    .join(', ');
  console.log(`[search-index] ${pages} pages indexées pour la recherche (${byLanguage}) en ${Math.round(performance.now() - started)} ms`);
}
