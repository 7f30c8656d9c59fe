/**
 * The built site, as built: a page per entry, and on every page what a French
 * public-service page needs (lang, one title of its own, one h1, a description)
 * and no script on content pages. Run after `astro build` (npm test does).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/dictionaries.ts';
import { frenchPathOf } from '../../src/i18n/routes.ts';
import { checkContent } from '../../src/integrations/content-check/index.ts';
import { paths } from '../../src/lib/paths.ts';
import { builtPages } from '../helpers/dist.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ est vide : lancez `npm run build` avant ces tests (npm test le fait).');

const pages = builtPages();

/** Pages allowed to run a script, in every language: the map, the search, and the editors' CMS. */
const INTERACTIVE: readonly string[] = ['/carte/', '/recherche/', '/admin/'];

describe('one page per entry', () => {
  const { entries } = checkContent(ROOT);
  const expected: [string, (id: string) => string][] = [
    ['dispositifs', paths.dispositif],
    ['etablissements', paths.etablissement],
    ['fiches', paths.fiche],
    ['actions', paths.action],
    ['bulletins', paths.bulletin],
    ['ressources', paths.ressource],
    ['academies', paths.academie],
    ['lettres', paths.lettre],
  ];
  for (const [collection, pathOf] of expected) {
    it(`has a page for every entry of ${collection}`, () => {
      const built = new Set(pages.map((p) => p.path));
      const missing = entries
        .filter((e) => e.collection === collection)
        .map((e) => pathOf(e.id))
        .filter((path) => !built.has(path));
      expect(missing).toEqual([]);
    });
  }

  it('has a page per département of the académies', () => {
    const codes = entries.filter((e) => e.collection === 'academies').flatMap((a) => a.parsed['departements'] as string[]);
    expect(codes).toHaveLength(12);
    for (const code of codes) expect(existsSync(join(DIST, 'departements', code, 'index.html')), code).toBe(true);
  });

  it('has the mandatory pages', () => {
    for (const path of [
      '/mentions-legales/',
      '/accessibilite/',
      '/donnees-personnelles/',
      '/plan-du-site/',
      '/404.html',
      '/glossaire/',
      '/a-propos/',
      '/contribuer/',
    ]) {
      expect(
        pages.some((p) => p.path === path),
        path,
      ).toBe(true);
    }
  });
});

describe('every page', () => {
  it('is in French, or in the language of its /<code>/ prefix', () => {
    expect(
      pages.filter((p) => p.root.querySelector('html')?.getAttribute('lang') !== frenchPathOf(p.path).lang).map((p) => p.path),
    ).toEqual([]);
  });

  it('has one h1', () => {
    expect(pages.filter((p) => p.root.querySelectorAll('h1').length !== 1).map((p) => p.path)).toEqual([]);
  });

  it('has a title of its own', () => {
    const byTitle = new Map<string, string[]>();
    for (const page of pages) {
      // The same page in two languages may share its title (a place's name): one title per page in each language.
      const title = page.root.querySelector('title')?.text.trim() ?? '';
      const key = `${frenchPathOf(page.path).lang} ${title}`;
      byTitle.set(key, [...(byTitle.get(key) ?? []), page.path]);
      expect(title, page.path).not.toBe('');
    }
    expect([...byTitle].filter(([, shared]) => shared.length > 1)).toEqual([]);
  });

  it('has a meta description', () => {
    const without = pages.filter(
      (p) => (p.root.querySelector('meta[name="description"]')?.getAttribute('content') ?? '').trim().length < 20,
    );
    expect(without.map((p) => p.path)).toEqual([]);
  });

  it('runs no script, except the interactive pages', () => {
    // JSON-LD (`application/ld+json`) is data for search engines, not code: it runs nothing.
    const runs = (script: { getAttribute(name: string): string | undefined }) => script.getAttribute('type') !== 'application/ld+json';
    const withScript = pages.filter(
      (p) => !INTERACTIVE.includes(frenchPathOf(p.path).path) && p.root.querySelectorAll('script').some(runs),
    );
    expect(withScript.map((p) => p.path)).toEqual([]);
  });

  it('says the accessibility status in its footer, in its language, with a link to the statement', () => {
    const without = pages.filter((p) => {
      const status = DICTIONARIES[frenchPathOf(p.path).lang]['footer.accessibilite.none']!;
      const link = p.root.querySelector('footer a[href="/accessibilite/"]');
      return link?.text.trim() !== status;
    });
    expect(DICTIONARIES.fr['footer.accessibilite.none']).toBe('Accessibilité : non conforme');
    expect(without.map((p) => p.path)).toEqual([]);
  });
});

describe('entry pages', () => {
  it('show their source and date', () => {
    const entryPages = pages.filter((p) =>
      /^\/(dispositifs|etablissements|fiches|semaine\/actions|ressources|academies)\/[^/]+\/$/.test(p.path),
    );
    expect(entryPages.length).toBeGreaterThan(100);
    expect(entryPages.filter((p) => !p.root.querySelector('.source-note time')).map((p) => p.path)).toEqual([]);
  });

  it('link phone numbers in the international form', () => {
    const page = pages.find((p) => p.path === '/dispositifs/paps-lp-helene-duc-bergerac/')!;
    const phone = page.root.querySelector('a.phone')!;
    expect(phone.getAttribute('href')).toBe('tel:+33553744900');
    expect(phone.text).toBe('05 53 74 49 00');
  });

  it('expand an acronym at its first use only', () => {
    const page = pages.find((p) => p.path === '/fiches/gpds/')!;
    const abbrs = page.root.querySelectorAll('main abbr').filter((a) => a.text === 'GPDS');
    expect(abbrs.length).toBeGreaterThan(0);
    expect(abbrs[0]!.getAttribute('title')).toMatch(/groupe de prévention du décrochage scolaire/i);
  });
});

describe('search index', () => {
  it('is built with the site', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('indexes the main content of content pages, and not the pages that list or search others, in every language', () => {
    const notIndexed = ['/404.html', '/plan-du-site/', '/recherche/', '/carte/', '/admin/'];
    for (const page of pages) {
      const indexed = page.root.querySelector('main[data-pagefind-body]') !== null;
      expect(indexed, page.path).toBe(!notIndexed.includes(frenchPathOf(page.path).path));
    }
  });

  it('gives every entry page its kind, for the search facets', () => {
    const entryPages = pages.filter((p) =>
      /^\/(dispositifs|etablissements|fiches|semaine\/actions|ressources|academies|departements)\/[^/]+\/$/.test(p.path),
    );
    const without = entryPages.filter((p) => !p.root.querySelector('[data-pagefind-filter="genre"]'));
    expect(without.map((p) => p.path)).toEqual([]);
  });
});
