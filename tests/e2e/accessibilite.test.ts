/**
 * The RGAA's automatable part, in a real Chromium against the built site:
 * axe-core finds no WCAG 2.1 A/AA violation on one page of each kind (the map
 * after a commune search, and where nothing is published yet; the search page
 * with results), and a keyboard user reaches every control with Tab, sees where the focus is (RGAA 10.7) and is
 * never trapped (RGAA 12.9).
 */
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, keepToSite } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Each page, and what a visitor does before the check. */
const PAGES: [string, (page: Page) => Promise<void>][] = [
  ['/', async () => {}],
  [
    '/carte/',
    async (page) => {
      await page.locator('.carte-resultats li').first().waitFor();
      await page.getByRole('combobox', { name: 'Votre commune ou votre code postal' }).fill('47200');
      await page.getByRole('listbox', { name: 'Communes proposées' }).getByRole('option').first().waitFor();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.carte-resume').textContent()).toContain('depuis Marmande');
    },
  ],
  [
    // Niort: nothing is published in the académie de Poitiers yet (issue #14).
    '/carte/#commune=79191',
    async (page) => {
      await page.locator('.carte-territoire h2').waitFor();
      await page.locator('.carte-resultats li').first().waitFor();
    },
  ],
  ['/dispositifs/micro-lycee-agen/', async () => {}],
  ['/departements/33/', async () => {}],
  ['/fiches/gpds/', async () => {}],
  ['/quelle-solution/', async () => {}],
  ['/quelle-solution/19-25-ans/sorti-depuis-6-mois/diplome/', async () => {}],
  ['/semaine/', async () => {}],
  // No lettre is published yet: the page's empty state.
  ['/lettres/', async () => {}],
  [
    '/recherche/?q=GPDS',
    async (page) => {
      await page.locator('.recherche-resultats .card__title').first().waitFor({ timeout: 10_000 });
    },
  ],
  ['/glossaire/', async () => {}],
  ['/une-page-qui-n-existe-pas/', async () => {}],
];

describe.skipIf(!hasChromium)('accessibility in Chromium', () => {
  const chromium = builtSiteInChromium();
  let context: BrowserContext;

  beforeAll(async () => {
    // axe is injected as an inline script, which the site's CSP rightly refuses.
    context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await keepToSite(context, chromium.site.url);
    // The test server sends its 404 page without an HTML type; a real host sends text/html.
    await context.route(
      (url) => url.href.startsWith(chromium.site.url),
      async (route) => {
        const response = await route.fetch();
        if (response.status() !== 404) return route.fulfill({ response });
        return route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/html; charset=utf-8' } });
      },
    );
  });
  afterAll(async () => {
    await context?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${chromium.site.url}${path}`);
    return page;
  }

  it.each(PAGES)('axe-core finds no WCAG 2.1 A/AA violation on %s', async (path, prepare) => {
    const page = await open(path);
    await prepare(page);
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return results.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map((n) => ({ target: n.target.map(String) })) }));
    });
    const lines = (violations as Violation[]).flatMap((v) => v.nodes.map((n) => `${v.id} — ${n.target.join(' ')} — ${v.help}`));
    if (lines.length > 0) console.error(`${path}\n  ${lines.join('\n  ')}`);
    expect(lines).toEqual([]);
    await page.close();
  });

  it.each(['/', '/fiches/gpds/', '/recherche/?q=GPDS'])(
    'lets Tab reach every control of %s with a visible focus, and leave it',
    async (path) => {
      const page = await open(path);
      if (path.startsWith('/recherche/')) await page.locator('.recherche-resultats .card__title').first().waitFor({ timeout: 10_000 });
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

      // Every control a keyboard user must reach; of a group of radio buttons, Tab reaches one.
      const controls: string[] = await page.evaluate(() => {
        const selector =
          'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
        const radios = new Set<string>();
        return [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((e) => e.checkVisibility({ visibilityProperty: true }) && !e.closest('[inert]'))
          .filter((e) => !(e instanceof HTMLInputElement && e.type === 'radio') || (!radios.has(e.name) && radios.add(e.name)))
          .map((e, i) => {
            e.dataset['controle'] = String(i);
            return String(i);
          });
      });
      expect(controls.length).toBeGreaterThan(5);

      /** What Tab reached, in order, with the focus ring it showed. */
      const reached: { id: string; inFooter: boolean; focused: string; radio: string }[] = [];
      for (let i = 0; i < controls.length + 10; i++) {
        await page.keyboard.press('Tab');
        reached.push(
          await page.evaluate(() => {
            const e = document.activeElement as HTMLElement;
            const s = getComputedStyle(e);
            return {
              id: e.dataset['controle'] ?? '',
              inFooter: e.closest('footer') !== null,
              focused: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`,
              radio: e instanceof HTMLInputElement && e.type === 'radio' ? e.name : '',
            };
          }),
        );
      }

      // Tab reaches every control (for radios, any button of the group) and the footer: no trap.
      const ids = new Set(reached.map((r) => r.id));
      const radioNames = new Set(reached.map((r) => r.radio).filter(Boolean));
      const missed = await page.evaluate(
        ({ ids, radioNames }) =>
          [...document.querySelectorAll<HTMLElement>('[data-controle]')]
            .filter((e) => !ids.includes(e.dataset['controle']!) && !(e instanceof HTMLInputElement && radioNames.includes(e.name)))
            .map((e) => e.outerHTML.slice(0, 120)),
        { ids: [...ids], radioNames: [...radioNames] },
      );
      expect(missed).toEqual([]);
      expect(reached.some((r) => r.inFooter)).toBe(true);

      // Each focused control looks different from the same control unfocused.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const unchanged = await page.evaluate(
        (reached) =>
          reached
            .filter((r) => r.id)
            .filter((r) => {
              const e = document.querySelector<HTMLElement>(`[data-controle="${r.id}"]`)!;
              const s = getComputedStyle(e);
              return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}` === r.focused;
            })
            .map((r) => document.querySelector(`[data-controle="${r.id}"]`)!.outerHTML.slice(0, 120)),
        reached,
      );
      expect(unchanged).toEqual([]);
      await page.close();
    },
  );
});

declare global {
  interface Window {
    axe: typeof axe;
  }
}
