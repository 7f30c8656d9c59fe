/**
 * Pagefind, made forgiving (issue #14 §3): a query's terms (src/lib/search/query.ts)
 * are searched one by one, each by all of its spellings, and the pages ranked by
 * how many terms they hold (src/lib/search/rank.ts). A query of one word, or whose
 * words are enough pages' words, is one Pagefind search, as before: what the first
 * query downloads does not change.
 * Everything runs in the browser; nothing is sent anywhere.
 */
import type { Term } from '../../lib/search/query.ts';
import { FEW, rankByTerms, selectPages } from '../../lib/search/rank.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
/** Facet → value → number of results. */
export type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
}
type Options = { filters?: Record<string, string[]> };
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Counts>;
  search(query: string | null, options: Options): Promise<PagefindSearch>;
  debouncedSearch(query: string | null, options: Options, wait?: number): Promise<PagefindSearch | null>;
}

/** What a query found: its results in order, the facet counts, and how many of the first results hold every term. */
export interface Found {
  results: PagefindResult[];
  filters: Counts;
  complete: number;
}

/** How long the whole query waits for the next key, as one types. */
const DEBOUNCE_MS = 200;

export class ForgivingSearch {
  readonly #pagefind: Pagefind;
  /** The pages of each facet value, for the counts of a ranked list: read once from the filter index. */
  #facetPages: Promise<Map<string, Map<string, Set<string>>>> | undefined;

  constructor(pagefind: Pagefind) {
    this.#pagefind = pagefind;
  }

  /**
   * Searches `terms` (none: every page the filters keep), or gives null when a
   * newer search replaced this one while it waited. `counts`: whether to count
   * the facets of a ranked list (the filter index is loaded).
   */
  async run(terms: readonly Term[], options: Options, counts: boolean): Promise<Found | null> {
    const pagefind = this.#pagefind;
    // The whole query first: as one types, and for excerpts that mark every word.
    const whole = await pagefind.debouncedSearch(terms.map((term) => term.search[0]).join(' ') || null, options, DEBOUNCE_MS);
    if (!whole) return null;
    // Words of one spelling each, and enough pages holding them all: those are the results, in Pagefind's order.
    if (terms.every((term) => term.search.length === 1) && (terms.length <= 1 || whole.results.length >= FEW)) {
      return { results: whole.results, filters: whole.filters, complete: whole.results.length };
    }
    const found = await Promise.all(
      terms.map(async (term) => {
        const searches = await Promise.all(
          term.search.map((spelling, i) => (terms.length === 1 && i === 0 ? whole : pagefind.search(spelling, options))),
        );
        return searches.flatMap(({ results }) => results.map((result) => ({ id: result.id, score: result.score, result })));
      }),
    );
    const { pages, complete } = selectPages(rankByTerms(found), terms.length);
    const wholeResults = new Map(whole.results.map((result) => [result.id, result]));
    const results = pages.map((page) => wholeResults.get(page.id) ?? page.result);
    return { results, filters: counts ? await this.#count(results) : {}, complete };
  }

  /** Loads Pagefind's filter index, which every count needs. */
  async loadFacets(): Promise<void> {
    await this.#pagefind.filters();
  }

  /** The facet counts of a list of results, as Pagefind gives them for one search. */
  async #count(results: readonly PagefindResult[]): Promise<Counts> {
    this.#facetPages ??= this.#readFacetPages();
    const facetPages = await this.#facetPages;
    const ids = new Set(results.map((result) => result.id));
    const counts: Counts = {};
    for (const [facet, values] of facetPages) {
      counts[facet] = {};
      for (const [value, pages] of values) counts[facet][value] = [...pages].filter((id) => ids.has(id)).length;
    }
    return counts;
  }

  async #readFacetPages(): Promise<Map<string, Map<string, Set<string>>>> {
    const facets = await this.#pagefind.filters();
    return new Map(
      await Promise.all(
        Object.entries(facets).map(
          async ([facet, values]) =>
            [
              facet,
              new Map(
                await Promise.all(
                  Object.keys(values).map(async (value) => {
                    const { results } = await this.#pagefind.search(null, { filters: { [facet]: [value] } });
                    return [value, new Set(results.map((result) => result.id))] as const;
                  }),
                ),
              ),
            ] as const,
        ),
      ),
    );
  }
}
