/**
 * The site in several languages, as the search and search engines see it:
 * Pagefind's index of each language holds that language's pages only, a word
 * searched on the English index finds English pages, the facets exist in every
 * language, and the sitemap lists each translated page's translations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fr } from '../../src/i18n/fr.ts';
import { DEFAULT_LANG, LANGUAGES, TRANSLATED_LANGS } from '../../src/i18n/languages.ts';
import { frenchPathOf } from '../../src/i18n/routes.ts';
import { builtPages } from '../helpers/dist.ts';
import { pagefindIn } from '../helpers/pagefind.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const codes = Object.keys(LANGUAGES);
const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};
const indexed = builtPages()
  .filter((page) => page.root.querySelector('main[data-pagefind-body]') !== null)
  .map((page) => ({ path: page.path, lang: page.root.querySelector('html')!.getAttribute('lang') }));

/** The longest word of a text: the one least likely to be on every page. */
const longestWord = (text: string) => text.split(/[^\p{L}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
/** A word every place page shows in its indexed text (« Téléphone : »), in English: read from the translation, since translations change. */
const english = parse(readFileSync(join(ROOT, 'content/traductions/en.yaml'), 'utf8')) as { interface: Record<string, { texte: string }> };
const englishWord = longestWord(english.interface['contact.phone']!.texte);
const frenchWord = longestWord(fr['contact.phone']);

describe('the search index', () => {
  it('has one index per language of the site', () => {
    expect(Object.keys(entry.languages).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('holds in « %s » the indexed pages of that language, and only those', (lang) => {
    const own = indexed.filter((page) => frenchPathOf(page.path).lang === lang);
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((page) => page.lang !== lang).map((page) => page.path)).toEqual([]);
    expect(entry.languages[lang]?.page_count).toBe(own.length);
  });

  it(`finds English pages, and no French one, for « ${englishWord} » on the English index`, async () => {
    const found = await (await pagefindIn('en')).search(englishWord);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((path) => !path.startsWith('/en/'))).toEqual([]);
  });

  it(`finds French pages only for « ${frenchWord} » on the French index`, async () => {
    const found = await (await pagefindIn(DEFAULT_LANG)).search(frenchWord);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((path) => frenchPathOf(path).lang !== DEFAULT_LANG)).toEqual([]);
  });

  it.each(TRANSLATED_LANGS)('narrows the « %s » results by type, académie and département', async (lang) => {
    const search = await pagefindIn(lang);
    const facets = await search.filters();
    for (const facet of ['type', 'academie', 'departement']) {
      const values = Object.keys(facets[facet] ?? {});
      expect(values.length, facet).toBeGreaterThan(0);
      const found = await search.search(null, { [facet]: [values[0]!] });
      expect(found.length, `${facet} = ${values[0]}`).toBeGreaterThan(0);
      expect(found.filter((path) => !path.startsWith(`/${lang}/`))).toEqual([]);
    }
  });
});

describe('the sitemap', () => {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  /** Each address's alternates, by path: « /carte/ » → [[hreflang, path]…]. */
  const alternates = new Map(
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, rest]) => [
      new URL(loc!).pathname,
      [...rest!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)]
        .map(([, hreflang, href]) => [hreflang!, new URL(href!).pathname] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    ]),
  );

  it.each(['/carte/', '/en/carte/', '/ar/carte/'])('lists the six languages of %s, as the page itself does', (path) => {
    const expected = codes.map((code) => [code, code === DEFAULT_LANG ? '/carte/' : `/${code}/carte/`] as const);
    expect(alternates.get(path)).toEqual(expected.sort(([a], [b]) => a.localeCompare(b)));
    const page = builtPages().find((p) => p.path === path)!;
    const links = page.root
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .filter((link) => link.getAttribute('hreflang') !== 'x-default')
      .map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]);
    expect(links.sort(([a], [b]) => a!.localeCompare(b!))).toEqual(alternates.get(path));
  });

  it('lists none for a page that exists in French only', () => {
    expect(alternates.get('/fiches/gpds/')).toEqual([]);
  });
});
