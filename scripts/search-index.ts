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
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/** What Pagefind writes in `pagefind-entry.json`: the bundle's version and the index of each language. */
interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

/**
 * The pages of `dir` in groups that one Pagefind index takes at a time: the pages of
 * each translated language (`/en/…`), then the others, French. Each group's globs.
 */
function languageGroups(dir: string): string[][] {
  const top = readdirSync(dir).filter((name) => name !== 'pagefind');
  const languageFolders = top.filter((name) => isLang(name) && statSync(join(dir, name)).isDirectory());
  const others = top.filter((name) => !languageFolders.includes(name) && statSync(join(dir, name)).isDirectory());
  return [...languageFolders.map((lang) => [`${lang}/**/*.html`]), ['*.html', ...others.map((folder) => `${folder}/**/*.html`)]];
}

/**
 * Indexes every page of `dir` that has `data-pagefind-body`, and writes the index
 * to `dir`/pagefind, one language after the other: Pagefind holds every page of an
 * index in memory until it is written (about 57 KB a page), so a site in six
 * languages indexed at once needed six times the memory of its largest language.
 * Each language's index files have names of their own; the entry file that lists
 * them is written last, for them all, as one index of the whole site would have it.
 */
export async function indexSite(dir: string): Promise<IndexReport> {
  const timings = { add: 0, write: 0 };
  const output = join(dir, 'pagefind');
  const errors: string[] = [];
  let pages = 0;
  let entry: Entry | undefined;
  for (const globs of languageGroups(dir)) {
    let started = performance.now();
    const created = await pagefind.createIndex();
    errors.push(...created.errors);
    if (!created.index) break;
    for (const glob of globs) {
      const added = await created.index.addDirectory({ path: dir, glob });
      errors.push(...added.errors);
      pages += added.page_count;
    }
    timings.add += performance.now() - started;
    started = performance.now();
    const written = await created.index.writeFiles({ outputPath: output });
    errors.push(...written.errors);
    // The service keeps the index in memory until it stops; the next language starts a new one.
    await pagefind.close();
    timings.write += performance.now() - started;
    const own = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as Entry;
    entry = entry ? { ...entry, languages: { ...entry.languages, ...own.languages } } : own;
  }
  if (errors.length > 0 || !entry) return { pages, languages: {}, errors, timings };
  writeFileSync(join(output, 'pagefind-entry.json'), JSON.stringify(entry));
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
  // A page without a language of the site would make an index no search page loads.
  const unknown = Object.keys(languages).filter((lang) => !isLang(lang));
  if (unknown.length > 0)
    errors.push(`des pages sont dans une langue que le site ne connaît pas (${unknown.join(', ')}) : vérifiez leur <html lang>.`);
  return { pages, languages, errors, timings };
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
