/**
 * The open data of /donnees/ and the machine-readable parts of every page, as
 * built: valid GeoJSON, a CSV that says the same as the JSON, schema.org data
 * on entry pages, Open Graph tags, and a site map of every indexable page.
 */
import { check } from '@placemarkio/check-geojson';
import { parse as parseCsv } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { frenchPathOf } from '../../src/i18n/routes.ts';
import { urlScheme } from '../../src/lib/security/addresses.ts';
import { csvCell, PLACE_COLUMNS, type PlaceRow } from '../../src/lib/open-data/rows.ts';
import { builtPages } from '../helpers/dist.ts';
import { DIST } from '../helpers/paths.ts';

if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ est vide : lancez `npm run build` avant ces tests (npm test le fait).');

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const rows = JSON.parse(read('donnees/dispositifs.json')) as PlaceRow[];
const pages = builtPages();
const pageAt = (path: string) => pages.find((p) => p.path === path)!;

describe('the /donnees/ page', () => {
  const page = pageAt('/donnees/');

  it('links every file, each of which is built', () => {
    const links = page.root.querySelectorAll('main a').map((a) => a.getAttribute('href') ?? '');
    for (const file of ['dispositifs.json', 'dispositifs.csv', 'dispositifs.geojson', 'fiches.json', 'actions.json']) {
      const link = links.find((l) => l.endsWith(`/${file}`));
      expect(link, file).toBeDefined();
    }
    // No edition published: no calendar file, so none listed (tests/build/semaine.test.ts).
    expect(links.filter((l) => l.endsWith('.ics'))).toEqual([]);
    for (const file of ['dispositifs.json', 'dispositifs.csv', 'dispositifs.geojson', 'fiches.json', 'actions.json']) {
      expect(existsSync(join(DIST, 'donnees', file)), file).toBe(true);
    }
  });

  it('states the licence and the attributions', () => {
    const text = page.root.querySelector('main')!.text;
    for (const words of ['Licence Ouverte 2.0', 'Insee', 'decoupage-administratif', 'GeoNames', 'svg-maps', 'CC BY 4.0']) {
      expect(text, words).toContain(words);
    }
  });

  it('explains every field in a table', () => {
    const names = page.root.querySelectorAll('tbody th code').map((c) => c.text);
    expect(names).toEqual(PLACE_COLUMNS);
  });
});

describe('dispositifs.json', () => {
  it('has one row per dispositif, with the standard field names', () => {
    const pagesOfDispositifs = pages.filter((p) => /^\/dispositifs\/[^/]+\/$/.test(p.path));
    expect(rows).toHaveLength(pagesOfDispositifs.length);
    for (const row of rows) expect(Object.keys(row)).toEqual(PLACE_COLUMNS);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('links each row to its page with an absolute address', () => {
    for (const row of rows) expect(row.lien_source).toMatch(new RegExp(`^https?://.+/dispositifs/${row.id}/$`));
  });
});

describe('dispositifs.geojson', () => {
  const text = read('donnees/dispositifs.geojson');

  it('is valid GeoJSON', () => {
    expect(() => check(text)).not.toThrow();
  });

  it('has one point per place', () => {
    const geojson = JSON.parse(text) as { features: { id: string; geometry: { coordinates: number[] } }[] };
    const placed = rows.filter((r) => r.latitude !== null);
    expect(geojson.features).toHaveLength(placed.length);
    expect(geojson.features.length).toBeGreaterThanOrEqual(51);
    for (const [i, feature] of geojson.features.entries()) {
      expect(feature.id).toBe(placed[i]!.id);
      expect(feature.geometry.coordinates).toEqual([placed[i]!.longitude, placed[i]!.latitude]);
    }
  });
});

describe('dispositifs.csv', () => {
  const text = read('donnees/dispositifs.csv');
  /** Each cell with whether it was between quotes (text) or bare (a number, a boolean, nothing). */
  // csv-parse's types know only rows of strings when there are no named columns.
  const cells = parseCsv(text, { cast: (value, { quoting }) => ({ value, quoting }) }) as unknown as {
    value: string;
    quoting: boolean;
  }[][];

  it('is UTF-8 with CRLF line ends and a header (RFC 4180)', () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(cells[0]!.map((c) => c.value)).toEqual(PLACE_COLUMNS);
    expect(text.split('\r\n')).toHaveLength(rows.length + 2);
  });

  it('has the same rows as the JSON, each text neutralised for a spreadsheet', () => {
    const records = cells.slice(1).map((record) => Object.fromEntries(record.map((cell, i) => [PLACE_COLUMNS[i], cell.value])));
    const asCells = rows.map((row) => Object.fromEntries(PLACE_COLUMNS.map((c) => [c, String(csvCell(row[c]))])));
    expect(records).toEqual(asCells);
  });

  it('starts no cell with a formula character unless it is a number or neutralised (OWASP CSV Injection)', () => {
    const dangerous: string[] = [];
    for (const [line, record] of cells.entries())
      for (const [i, { value, quoting }] of record.entries()) {
        const bare = !quoting && (value === '' || value === 'true' || value === 'false' || Number.isFinite(Number(value)));
        if (/^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) && !bare)
          dangerous.push(`ligne ${line + 1}, ${PLACE_COLUMNS[i]} : ${value}`);
        // A bare cell is only ever a number, a boolean or nothing: every text is quoted.
        if (!quoting) expect(bare, `ligne ${line + 1}, ${PLACE_COLUMNS[i]} : ${value}`).toBe(true);
      }
    expect(dangerous).toEqual([]);
    // The phones show that the rule runs: `+33…` is written `'+33…`.
    const phones = cells
      .slice(1)
      .map((record) => record[PLACE_COLUMNS.indexOf('telephone')]!.value)
      .filter(Boolean);
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(phone).toMatch(/^'\+33\d{9}$/);
  });
});

describe('URLs in the data files', () => {
  /** Every string of a JSON value, with the name of the field that holds it. */
  const strings = (value: unknown, field = ''): [string, string][] =>
    typeof value === 'string'
      ? [[field, value]]
      : Array.isArray(value)
        ? value.flatMap((v) => strings(v, field))
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => strings(v, k))
          : [];
  const files = ['donnees/dispositifs.json', 'donnees/dispositifs.geojson', 'donnees/fiches.json', 'donnees/actions.json'];

  it('are http:, https: or mailto: only, in every field', () => {
    let urls = 0;
    for (const file of files)
      for (const [field, value] of strings(JSON.parse(read(file)))) {
        const scheme = urlScheme(value);
        if (scheme === undefined) continue;
        urls++;
        expect(['http', 'https', 'mailto'], `${file} ${field} : ${value}`).toContain(scheme);
      }
    expect(urls).toBeGreaterThan(rows.length);
  });

  it('are absolute web addresses in the fields that hold one', () => {
    for (const file of files.slice(0, 2))
      for (const [field, value] of strings(JSON.parse(read(file)))) {
        if (field !== 'site_web' && field !== 'lien_source') continue;
        expect(['http:', 'https:'], `${file} ${field} : ${value}`).toContain(new URL(value).protocol);
      }
  });
});

describe('fiches.json and actions.json', () => {
  it('have one row per page', () => {
    const fiches = JSON.parse(read('donnees/fiches.json')) as unknown[];
    const actions = JSON.parse(read('donnees/actions.json')) as unknown[];
    expect(fiches).toHaveLength(pages.filter((p) => /^\/fiches\/[^/]+\/$/.test(p.path)).length);
    expect(actions).toHaveLength(pages.filter((p) => /^\/semaine\/actions\/[^/]+\/$/.test(p.path)).length);
  });
});

describe('JSON-LD on entry pages', () => {
  const jsonLd = (path: string) =>
    pageAt(path)
      .root.querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.rawText) as Record<string, unknown>);
  const actions = JSON.parse(read('donnees/actions.json')) as { id: string; date: string | null }[];
  const expected: [RegExp, (path: string) => string | undefined][] = [
    [/^\/dispositifs\/[^/]+\/$/, () => 'EducationalOrganization'],
    [/^\/etablissements\/[^/]+\/$/, () => 'EducationalOrganization'],
    [/^\/fiches\/[^/]+\/$/, () => 'Article'],
    [/^\/semaine\/bulletins\/[^/]+\/$/, () => 'Article'],
    // Only dated actions are events.
    [/^\/semaine\/actions\/[^/]+\/$/, (path) => (actions.find((a) => path.endsWith(`/${a.id}/`))?.date ? 'Event' : undefined)],
  ];

  it('describe each entry with its schema.org type and its absolute address', () => {
    let checked = 0;
    for (const page of pages) {
      const typeOf = expected.find(([pattern]) => pattern.test(page.path))?.[1];
      if (!typeOf) continue;
      const type = typeOf(page.path);
      const blocks = jsonLd(page.path);
      if (!type) {
        expect(blocks, page.path).toEqual([]);
        continue;
      }
      expect(blocks, page.path).toHaveLength(1);
      expect(blocks[0]!['@context']).toBe('https://schema.org');
      expect(blocks[0]!['@type'], page.path).toBe(type);
      expect(blocks[0]!['url'], page.path).toBe(page.root.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('give places their address and telephone', () => {
    const [place] = jsonLd('/dispositifs/paps-lp-helene-duc-bergerac/');
    expect(place).toMatchObject({ telephone: '+33553744900', address: { addressLocality: 'Bergerac', addressCountry: 'FR' } });
  });
});

describe('Open Graph', () => {
  it('is on every page but the CMS, with its canonical address', () => {
    for (const page of pages.filter((p) => p.path !== '/admin/')) {
      const og = (property: string) => page.root.querySelector(`meta[property="og:${property}"]`)?.getAttribute('content');
      expect(og('title'), page.path).toBe(page.root.querySelector('title')?.text);
      expect(og('description'), page.path).toBeTruthy();
      expect(og('url'), page.path).toBe(page.root.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      expect(og('type'), page.path).toBe('website');
      expect(og('locale'), page.path).toBe(LANGUAGES[frenchPathOf(page.path).lang].ogLocale);
      expect(og('site_name'), page.path).toBeTruthy();
    }
  });
});

describe('site map and robots.txt', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const maps = locs(read('sitemap-index.xml'));
  const listed = maps.flatMap((url) => locs(read(new URL(url).pathname.split('/').pop()!)));
  // The shortest address is the home page: what precedes it is the site's base path.
  const home = new URL([...listed].sort((a, b) => a.length - b.length)[0]!);

  it('lists every indexable page, and neither the 404 nor the CMS', () => {
    const paths = listed.map((url) => '/' + new URL(url).pathname.slice(home.pathname.length));
    const indexable = pages
      .filter((p) => !p.root.querySelector('meta[name="robots"][content*="noindex"]'))
      .map((p) => p.path)
      .filter((path) => path !== '/404.html' && !path.startsWith('/admin/'));
    expect([...paths].sort()).toEqual([...indexable].sort());
  });

  it('is announced by robots.txt', () => {
    const robots = read('robots.txt');
    expect(robots).toContain(`Sitemap: ${new URL('sitemap-index.xml', home).href}`);
    expect(robots).toContain(`Disallow: ${home.pathname}admin/`);
  });
});
