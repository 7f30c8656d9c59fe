/**
 * Pages ranked by how many terms of the query they hold, then by Pagefind's
 * score (issue #14 §3): when no page holds every word of « élève ayant échoué au
 * baccalauréat », the pages that hold most of them come first.
 */

/** A page one search found, with Pagefind's score and whatever the caller needs of it. */
export interface Hit<R> {
  id: string;
  score: number;
  result: R;
}

export interface RankedPage<R> {
  id: string;
  /** How many terms of the query the page holds. */
  matched: number;
  /** The sum of its best score for each term it holds: Pagefind adds up the scores of a query's words much this way. */
  score: number;
  /** The result of its best-scored term. */
  result: R;
}

/** `found[i]`: every page found for the i-th term, by any of its spellings (a page may come more than once). */
export function rankByTerms<R>(found: readonly (readonly Hit<R>[])[]): RankedPage<R>[] {
  const pages = new Map<string, RankedPage<R> & { best: number }>();
  for (const hits of found) {
    const bestOfTerm = new Map<string, Hit<R>>();
    for (const hit of hits) if (hit.score > (bestOfTerm.get(hit.id)?.score ?? -Infinity)) bestOfTerm.set(hit.id, hit);
    for (const { id, score, result } of bestOfTerm.values()) {
      const page = pages.get(id);
      if (!page) pages.set(id, { id, matched: 1, score, result, best: score });
      else {
        page.matched++;
        page.score += score;
        if (score > page.best) Object.assign(page, { result, best: score });
      }
    }
  }
  return [...pages.values()]
    .sort((a, b) => b.matched - a.matched || b.score - a.score)
    .map(({ id, matched, score, result }) => ({ id, matched, score, result }));
}

/** Below this many pages holding every term, the pages holding most of them follow. */
export const FEW = 5;

/**
 * The pages to show: those holding every term when there are enough of them;
 * otherwise those too that hold at least half of the terms (or as many as the
 * best page does). `complete` counts the first kind, which come first.
 */
export function selectPages<R>(ranked: readonly RankedPage<R>[], terms: number): { pages: RankedPage<R>[]; complete: number } {
  const complete = ranked.filter((page) => page.matched === terms).length;
  if (complete >= FEW || terms <= 1) return { pages: ranked.slice(0, complete), complete };
  const floor = Math.min(ranked[0]?.matched ?? 0, Math.ceil(terms / 2));
  return { pages: ranked.filter((page) => page.matched >= floor), complete };
}
