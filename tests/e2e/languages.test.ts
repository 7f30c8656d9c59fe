/**
 * The translated family pages in a real Chromium, against the built site:
 * axe-core finds no WCAG 2.1 A/AA violation on the Arabic and Ukrainian home,
 * map, guide and place pages; the Arabic map finds the nearest place from a
 * commune, as the French map does, links it to its Arabic page and writes its
 * distance with the page's digits; and no page of any language is wider than a
 * 360 px phone. Controls are found by their names in the translation files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/dictionaries.ts';
import { LANGUAGES, type Lang } from '../../src/i18n/languages.ts';
import { PUBLISHED_LANGS } from '../../src/i18n/translations.ts';
import { hasChromium, keepToSite } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';
import { DIST } from '../helpers/paths.ts';

const prefix = (lang: Lang) => (lang === 'fr' ? '' : `/${lang}`);
const message = (lang: Lang, key: 'map.search.label' | 'map.search.suggestions') => DICTIONARIES[lang][key]!;
const GUIDE_END = '/quelle-solution/19-25-ans/sorti-depuis-6-mois/diplome/';
const PLACE = '/dispositifs/micro-lycee-agen/';

/** Searches a commune on the map page of `lang`, as a visitor does: types, then chooses the commune among the suggestions. */
async function searchCommune(page: Page, lang: Lang, query: string, commune: string): Promise<void> {
  await page.locator('.carte-resultats li').first().waitFor();
  await page.getByRole('combobox', { name: message(lang, 'map.search.label') }).fill(query);
  await page
    .getByRole('listbox', { name: message(lang, 'map.search.suggestions') })
    .getByRole('option', { name: commune })
    .first()
    .click();
  await expect.poll(() => page.locator('.carte-resume').textContent()).toContain(commune);
}

/** The nearest published place from a commune's centre, computed here from the map's own data files. */
function nearestFrom(communeName: string): { id: string; km: number } {
  const read = (file: string) => JSON.parse(readFileSync(join(DIST, 'carte', file), 'utf8'));
  const communes = read('communes.json') as { noms: string; lat: number[]; lon: number[] };
  const places = read('lieux.json') as { fields: string[]; rows: unknown[][] };
  // Positions are sent in thousandths of a degree, each the difference from the row before.
  const sum = (deltas: number[]) => deltas.reduce<number[]>((out, d, i) => [...out, d + (i > 0 ? out[i - 1]! : 0)], []);
  const index = communes.noms.split('|').indexOf(communeName);
  const from = { lat: sum(communes.lat)[index]! / 1000, lon: sum(communes.lon)[index]! / 1000 };
  const [id, lat, lon] = ['id', 'lat', 'lon'].map((field) => places.fields.indexOf(field)) as [number, number, number];
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const km = (to: { lat: number; lon: number }) => {
    const h =
      Math.sin(rad(to.lat - from.lat) / 2) ** 2 +
      Math.cos(rad(from.lat)) * Math.cos(rad(to.lat)) * Math.sin(rad(to.lon - from.lon) / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  };
  // The first of the nearest in the file's order: places at one spot (a commune's centre) keep their order.
  const ranked = places.rows.map((row) => ({ id: row[id] as string, km: km({ lat: row[lat] as number, lon: row[lon] as number }) }));
  return ranked.reduce((best, place) => (place.km < best.km - 1e-9 ? place : best));
}

describe.skipIf(!hasChromium)('translated pages in Chromium', () => {
  const chromium = builtSiteInChromium();
  const contexts: BrowserContext[] = [];

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
  });

  async function open(path: string, width = 1280, bypassCSP = false): Promise<Page> {
    const context = await chromium.browser.newContext({ viewport: { width, height: 800 }, bypassCSP });
    contexts.push(context);
    await keepToSite(context, chromium.site.url);
    const page = await context.newPage();
    await page.goto(`${chromium.site.url}${path}`);
    return page;
  }

  describe('axe-core', () => {
    let context: BrowserContext;
    beforeAll(async () => {
      // axe is injected as an inline script, which the site's CSP rightly refuses.
      context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
      contexts.push(context);
      await keepToSite(context, chromium.site.url);
    });

    const pages = (['ar', 'uk'] as const).flatMap((lang) =>
      ['/', '/carte/', '/quelle-solution/', GUIDE_END, PLACE].map((path) => [lang, `/${lang}${path}`] as const),
    );

    it.each(pages)('finds no WCAG 2.1 A/AA violation on a page in %s: %s', async (lang, path) => {
      const page = await context.newPage();
      await page.goto(`${chromium.site.url}${path}`);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, LANGUAGES[lang].dir]);
      // The map is checked as a visitor sees it after a search: results, distances, the nearest of each kind.
      if (path.endsWith('/carte/')) await searchCommune(page, lang, 'Agen', 'Agen');
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const results = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return results.violations.flatMap(({ id, help, nodes }) => nodes.map((n) => `${id} — ${n.target.map(String).join(' ')} — ${help}`));
      });
      if (violations.length > 0) console.error(`${path}\n  ${violations.join('\n  ')}`);
      expect(violations).toEqual([]);
      await page.close();
    });
  });

  describe('the Arabic map', () => {
    /** The first result after a search: its place, its link, its distance as written. */
    async function firstResult(lang: Lang, query: string, commune: string) {
      const page = await open(`${prefix(lang)}/carte/`);
      await searchCommune(page, lang, query, commune);
      const first = page.locator('.carte-resultats li').first();
      const result = {
        id: await first.getAttribute('data-id'),
        href: await first.locator('a.card__title').getAttribute('href'),
        name: await first.locator('a.card__title').textContent(),
        distance: (await first.locator('.distance').textContent())?.trim() ?? '',
      };
      await page.context().close();
      return result;
    }

    it('finds from Agen the place nearest, the one the French map finds, and links to its Arabic page', async () => {
      const expected = nearestFrom('Agen');
      const arabic = await firstResult('ar', 'Agen', 'Agen');
      const french = await firstResult('fr', 'Agen', 'Agen');
      expect(arabic.id).toBe(expected.id);
      expect(arabic.id).toBe(french.id);
      expect(arabic.name).toBe("Micro-lycée d'Agen");
      expect(arabic.href).toBe(`/ar/dispositifs/${expected.id}/`);
      expect(french.href).toBe(`/dispositifs/${expected.id}/`);
      // Within the commune searched, the list says so rather than a distance.
      expect(arabic.distance).toBe(DICTIONARIES.ar['map.result.sameCommune']);
    });

    it('writes the distance from a neighbouring commune (Boé, 47550) with the Arabic page’s digits: Latin, as its locale says', async () => {
      const expected = nearestFrom('Boé');
      expect(expected.km).toBeGreaterThan(1);
      expect(expected.km).toBeLessThan(10);
      const arabic = await firstResult('ar', '47550', 'Boé');
      const french = await firstResult('fr', '47550', 'Boé');
      expect(arabic.id).toBe(expected.id);
      expect(arabic.id).toBe(french.id);
      expect(arabic.href).toBe(`/ar/dispositifs/${expected.id}/`);
      // Under 10 km, a distance has one decimal: « 4.7 » in ar-u-nu-latn where French writes « 4,7 ».
      const number = new Intl.NumberFormat(LANGUAGES.ar.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
        Math.round(expected.km * 10) / 10,
      );
      expect(number).toMatch(/^\d\.\d$/);
      expect(arabic.distance).toBe(DICTIONARIES.ar['distance.km']!.replace('{km}', number));
      expect(arabic.distance).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
      expect(french.distance).toBe(`à ${number.replace('.', ',')} km`);
    });
  });

  describe('at 360 px', () => {
    const pages = PUBLISHED_LANGS.flatMap((lang) =>
      ['/', '/carte/', '/quelle-solution/', GUIDE_END, PLACE].map((path) => [lang, `${prefix(lang)}${path}`] as const),
    );

    it.each(pages)('nothing is wider than the screen in %s: %s', async (lang, path) => {
      const page = await open(path, 360);
      if (path.endsWith('/carte/')) await searchCommune(page, lang, 'Agen', 'Agen');
      const { width, wider } = await page.evaluate(() => {
        const viewport = document.documentElement.clientWidth;
        const wider = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((e) => e.checkVisibility() && !e.closest('.visually-hidden'))
          .filter((e) => {
            const box = e.getBoundingClientRect();
            return box.right > viewport + 0.5 || box.left < -0.5;
          })
          .map((e) => `<${e.tagName.toLowerCase()} class="${e.className}"> ${e.textContent?.trim().slice(0, 40)}`)
          .slice(0, 5);
        return { width: document.documentElement.scrollWidth, wider };
      });
      expect({ path, width, wider: width > 360 ? wider : [] }).toEqual({ path, width: expect.any(Number), wider: [] });
      expect(width).toBeLessThanOrEqual(360);
      await page.context().close();
    });
  });
});

declare global {
  interface Window {
    axe: typeof axe;
  }
}
