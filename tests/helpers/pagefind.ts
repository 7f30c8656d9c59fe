/**
 * The built site's search engine run in Node, without a browser: the very
 * pagefind.js, WebAssembly and index files a reader downloads, read from
 * dist/pagefind/. Pagefind chooses its index from the page's `<html lang>`;
 * `pagefindIn(lang)` gives it a page in that language.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIST } from './paths.ts';

interface PagefindModule {
  createInstance(options: Record<string, unknown>): {
    init(): Promise<void>;
    search(
      query: string | null,
      options?: { filters?: Record<string, string[]> },
    ): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
    filters(): Promise<Record<string, Record<string, number>>>;
  };
}

export interface BuiltSearch {
  /** The paths of the pages a query finds, best first. */
  search(query: string | null, filters?: Record<string, string[]>): Promise<string[]>;
  /** Each facet's values and their page counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Pagefind fetches its files relative to pagefind.js: a file: address is read from disk. */
function serveFiles(): void {
  const original = globalThis.fetch;
  if ((original as { fromDisk?: true }).fromDisk) return;
  const fromDisk = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return original(input, init);
    return new Response(await readFile(fileURLToPath(new URL(url.pathname, url))));
  };
  globalThis.fetch = Object.assign(fromDisk, { fromDisk: true as const });
}

/** The search of a page in `lang` of the site built in `dist`. */
export async function pagefindIn(lang: string, dist = DIST): Promise<BuiltSearch> {
  serveFiles();
  // One module per language: Pagefind keeps the WebAssembly of the first language it loads (its stemmer).
  const url = `${pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href}?lang=${lang}`;
  // Only what Pagefind reads of the page: which script loads it (none: a module) and `<html lang>`.
  const page = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  Object.assign(globalThis, { document: page });
  let pagefind: ReturnType<PagefindModule['createInstance']>;
  try {
    const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
    // Results as the site shows them: paths from its root.
    pagefind = module.createInstance({ baseUrl: '/' });
  } finally {
    delete (globalThis as { document?: unknown }).document;
  }
  await pagefind.init();
  return {
    async search(query, filters) {
      const { results } = await pagefind.search(query, filters ? { filters } : {});
      return Promise.all(results.map(async (result) => (await result.data()).url));
    },
    filters: () => pagefind.filters(),
  };
}
