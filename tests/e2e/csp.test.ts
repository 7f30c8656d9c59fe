/**
 * The Content-Security-Policy breaks nothing: in a real Chromium, the home page,
 * a fiche, the map (Leaflet, tiles blocked; its markers, clusters and badges) and
 * the search (Pagefind: WebAssembly, a worker) run without a single CSP violation,
 * with no style attribute allowed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, keepToSite } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';
import { DISPOSITIF_TYPES, type DispositifTypeId } from '../../src/lib/dispositif-types.ts';

describe.skipIf(!hasChromium)('Content-Security-Policy in Chromium', () => {
  const chromium = builtSiteInChromium();

  /** Opens `path`, runs `use`, and returns every violation the page reported. */
  async function violations(path: string, use: (page: Page) => Promise<void> = async () => {}): Promise<string[]> {
    const context = await chromium.browser.newContext();
    await keepToSite(context, chromium.site.url);
    const page = await context.newPage();
    const found: string[] = [];
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) found.push(`console: ${message.text()}`);
    });
    await page.exposeFunction('reportViolation', (text: string) => found.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        ),
      );
    });
    await page.goto(`${chromium.site.url}${path}`);
    await use(page);
    await page.waitForTimeout(300);
    await context.close();
    return found;
  }

  it('reports an img-src violation for an image from another site (the listener works)', async () => {
    const found = await violations('/', async (page) => {
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.src = 'https://ailleurs.example/pixel.png';
        document.body.append(image);
      });
    });
    expect(found.join('\n')).toContain('img-src');
  });

  it('loads the home page with no violation reported', async () => {
    expect(await violations('/')).toEqual([]);
  });

  it('loads a fiche (/fiches/gpds/) with no violation reported', async () => {
    expect(await violations('/fiches/gpds/')).toEqual([]);
  });

  it("draws the map's markers, clusters, badges and popup in their type colours, with no style attribute and no violation", async () => {
    /** The colour a kind's class gives, as the browser computes it: « rgb(31, 95, 168) ». */
    const rgb = (type: string) => {
      const [r, g, b] = DISPOSITIF_TYPES[type as DispositifTypeId].colour.match(/\w\w/g)!.map((hex) => parseInt(hex, 16));
      return `rgb(${r}, ${g}, ${b})`;
    };
    /**
     * Each element's kind and the colour it shows, read at one instant: the map
     * draws its markers again whenever it moves, and the list when it sorts.
     */
    const colours = (page: Page, selector: string, property: 'backgroundColor' | 'borderTopColor') =>
      page
        .locator(selector)
        .evaluateAll(
          (elements, property) => elements.map((el) => [/\btype-([\w-]+)/.exec(el.className)?.[1] ?? '', getComputedStyle(el)[property]]),
          property,
        );
    const found = await violations('/carte/', async (page) => {
      // At the first zoom, clusters and single places, each disc in its kind's colour.
      await page.locator('.leaflet-marker-icon.grappe').first().waitFor({ timeout: 10_000 });
      const discs = await colours(page, '.leaflet-marker-icon.marqueur span', 'backgroundColor');
      expect(discs.length).toBeGreaterThan(0);
      for (const [type, colour] of discs) expect(colour, type).toBe(rgb(type!));
      // The results list and « le plus proche de chaque type », both written by the script.
      await page.getByRole('combobox', { name: 'Votre commune ou votre code postal' }).fill('47200');
      await page.getByRole('option').first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.plus-proches .badge').first().waitFor();
      const badges = await colours(page, '.carte-resultats .badge, .plus-proches .badge', 'borderTopColor');
      expect(badges.length).toBeGreaterThan(3);
      for (const [type, colour] of badges) expect(colour, type).toBe(rgb(type!));
      // A place's label on the map.
      await page
        .getByRole('button', { name: /^Voir sur la carte/ })
        .first()
        .click();
      await page.locator('.leaflet-popup-content a').waitFor();
      // Leaflet places its elements through the CSSOM, which the policy allows; none of ours carries a style written as markup.
      expect(
        await page
          .locator('.carte-resultats [style], .plus-proches [style], .leaflet-marker-icon [style], .leaflet-popup-content [style]')
          .count(),
      ).toBe(0);
    });
    expect(found).toEqual([]);
  });

  it('answers a search on /recherche/ (Pagefind WebAssembly and worker) with no violation', async () => {
    const found = await violations('/recherche/', async (page) => {
      await page.getByRole('searchbox', { name: 'Rechercher sur le site' }).last().fill('décrocheurs');
      await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toContain('« décrocheurs »');
    });
    expect(found).toEqual([]);
  });

  it('starts the editor (/admin/) under its policy, with violations only for requests to other sites', async () => {
    const found = await violations('/admin/', async (page) => {
      await page.getByRole('button', { name: /Sign In with.*GitHub/ }).waitFor({ timeout: 15_000 });
    });
    // Its fonts from a CDN and its update and status checks are refused on purpose; nothing of the site itself is.
    const blocked = found.filter((text) => !text.startsWith('console:'));
    expect(blocked.length).toBeGreaterThan(0);
    for (const text of blocked) expect(text).toMatch(/ blocked https:\/\/(?!127\.0\.0\.1)/);
  });
});
