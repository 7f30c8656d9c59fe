/** Pages ranked by the terms they hold, then by score (src/lib/search/rank.ts). */
import { describe, expect, it } from 'vitest';
import { FEW, rankByTerms, selectPages, type Hit } from '../../../src/lib/search/rank.ts';

const hit = (id: string, score: number): Hit<string> => ({ id, score, result: `${id}@${score}` });

describe('rankByTerms', () => {
  it('puts the pages holding more terms first, then the higher scores', () => {
    const ranked = rankByTerms([
      [hit('a', 1), hit('b', 9)],
      [hit('a', 1), hit('c', 20)],
      [hit('a', 1), hit('b', 1)],
    ]);
    expect(ranked.map(({ id, matched, score }) => [id, matched, score])).toEqual([
      ['a', 3, 3],
      ['b', 2, 10],
      ['c', 1, 20],
    ]);
  });

  it('counts a term once for a page found by two of its spellings, with the better score', () => {
    const [page] = rankByTerms([[hit('a', 2), hit('a', 5)]]);
    expect(page).toEqual({ id: 'a', matched: 1, score: 5, result: 'a@5' });
  });

  it('keeps the result of the page’s best-scored term', () => {
    expect(rankByTerms([[hit('a', 2)], [hit('a', 7)]])[0]!.result).toBe('a@7');
  });
});

describe('selectPages', () => {
  const ranked = (matches: number[]) => matches.map((matched, i) => ({ id: String(i), matched, score: 1, result: i }));

  it('gives only the pages holding every term when there are enough', () => {
    const { pages, complete } = selectPages(ranked([3, 3, 3, 3, 3, 2, 1]), 3);
    expect([pages.length, complete]).toEqual([FEW, FEW]);
  });

  it('adds the pages holding at least half the terms when few hold them all', () => {
    const { pages, complete } = selectPages(ranked([4, 3, 2, 1]), 4);
    expect([pages.map((p) => p.matched), complete]).toEqual([[4, 3, 2], 1]);
  });

  it('gives the pages holding most terms when none holds half', () => {
    const { pages, complete } = selectPages(ranked([1, 1]), 4);
    expect([pages.length, complete]).toEqual([2, 0]);
  });
});
