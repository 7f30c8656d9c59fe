/**
 * The everyday words of the search (content/mots-courants.yaml) on the built
 * site: the site's words they stand for are on the pages the search indexes,
 * and the search page carries them all, as data, for its script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeName } from '../../src/lib/format/text.ts';
import type { Rewrite } from '../../src/lib/search/query.ts';
import { builtPages } from '../helpers/dist.ts';
import { ROOT } from '../helpers/paths.ts';

const everyday = parse(readFileSync(join(ROOT, 'content/mots-courants.yaml'), 'utf8')) as Record<string, { mots: string[] }>;
const indexed = builtPages()
  .map((page) => ({ path: page.path, main: page.root.querySelector('main[data-pagefind-body]') }))
  .filter(({ main }) => main !== null)
  .map(({ path, main }) => ({ path, text: ` ${normalizeName(main!.textContent)} ` }));

describe('the everyday words of the search', () => {
  it.each(Object.keys(everyday))('stand for « %s », which indexed pages write', (words) => {
    const writing = indexed.filter(({ text }) => text.includes(` ${normalizeName(words)} `)).map(({ path }) => path);
    expect(writing.length, `aucune page indexée n'écrit « ${words} »`).toBeGreaterThan(0);
  });

  it('are all given to the search page, and nothing else is', () => {
    const search = builtPages().find((page) => page.path === '/recherche/')!;
    const rewrites = JSON.parse(search.root.querySelector('site-search')!.getAttribute('data-rewrites')!) as Rewrite[];
    expect(rewrites).toHaveLength(Object.values(everyday).reduce((sum, { mots }) => sum + mots.length, 0));
    expect(new Set(rewrites.flatMap((rewrite) => rewrite.search)).size).toBe(Object.keys(everyday).length);
  });
});
