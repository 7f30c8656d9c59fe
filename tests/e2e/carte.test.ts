/**
 * The map page in a real Chromium, against the built site, with map tiles
 * blocked (no network here, and the page must work without them): commune and
 * postal-code search, filters in the URL, geolocation granted and refused, the
 * list alone reaching a place with the keyboard, and the page without JavaScript.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, keepToSite } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';

describe.skipIf(!hasChromium)('/carte/ in Chromium', () => {
  const chromium = builtSiteInChromium();
  const contexts: BrowserContext[] = [];
  /** Every request that left the local site. */
  const outside: string[] = [];

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
  });

  async function open(fragment = '', options: BrowserContextOptions = {}): Promise<Page> {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    contexts.push(context);
    await keepToSite(context, chromium.site.url, (url) => outside.push(url));
    const page = await context.newPage();
    await page.goto(`${chromium.site.url}/carte/${fragment}`);
    if (options.javaScriptEnabled !== false) await page.locator('.carte-resultats li').first().waitFor();
    return page;
  }

  const results = (page: Page) => page.locator('.carte-resultats li');
  const resultTexts = async (page: Page) => (await results(page).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  const search = (page: Page) => page.getByRole('combobox', { name: 'Votre commune ou votre code postal' });
  const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Communes proposées' }).getByRole('option');

  it('lists the places nearest Marmande first when one types « 47200 »', async () => {
    const page = await open();
    await search(page).fill('47200');
    await expect.poll(() => suggestions(page).count()).toBe(12);
    expect(await suggestions(page).first().textContent()).toContain('Marmande');
    await search(page).press('Enter');
    await expect.poll(() => page.locator('.carte-resume').textContent()).toContain('depuis Marmande');
    const [first, second] = await resultTexts(page);
    expect(first).toContain('LPO Val de Garonne');
    expect(first).toContain('dans la commune');
    expect(second).toMatch(/à \d+ km/);
    expect(new URL(page.url()).hash).toBe('#commune=47157');
    const nearest = await page.locator('.plus-proches li').allTextContents();
    expect(nearest.map((t) => t.replace(/\s+/g, ' '))).toEqual([
      expect.stringContaining('Val de Garonne'),
      expect.stringContaining('Micro-lycée d'),
      expect.stringContaining('DIPA'),
    ]);
  });

  it('finds a commune by its name, whatever the accents and « St »', async () => {
    const page = await open();
    await search(page).fill('st andre de cub');
    await expect.poll(() => suggestions(page).first().textContent()).toContain('Saint-André-de-Cubzac');
    await search(page).press('ArrowDown');
    expect(await search(page).getAttribute('aria-activedescendant')).toBe('commune-option-0');
    await search(page).press('Enter');
    await expect.poll(() => resultTexts(page).then((r) => r[0])).toContain('LP Ph. Cousteau');
  });

  it('filters by type, keeps the filter in the URL, and the back button undoes it', async () => {
    const page = await open('#commune=47157');
    await page.getByRole('checkbox', { name: /PAPS/ }).uncheck();
    await expect.poll(() => results(page).count()).toBe(4);
    expect((await resultTexts(page)).every((t) => !t.includes('PAPS'))).toBe(true);
    expect(new URL(page.url()).hash).toBe('#commune=47157&type=dipa,micro-lycee');
    await page.goBack();
    await expect.poll(() => results(page).count()).toBe(50);
    expect(await page.getByRole('checkbox', { name: /PAPS/ }).isChecked()).toBe(true);
  });

  it('restores a shared link: commune, filter and département', async () => {
    const page = await open('#commune=47157&departement=33&type=paps');
    await expect.poll(() => search(page).inputValue()).toBe('Marmande (47200)');
    await expect.poll(() => results(page).count()).toBe(26);
    expect(await page.locator('select[name="departement"]').inputValue()).toBe('33');
  });

  it('sorts around the visitor when geolocation is granted, and writes no position in the URL', async () => {
    const page = await open('', { geolocation: { latitude: 43.2951, longitude: -0.3708 }, permissions: ['geolocation'] }); // Pau
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await expect.poll(() => page.locator('.carte-resume').textContent()).toContain('depuis votre position');
    const [first] = await resultTexts(page);
    expect(first).toMatch(/\(64\) · à \d,\d km/); // within 10 km, in the Pyrénées-Atlantiques
    expect(page.url()).not.toMatch(/43\.29|0\.37/);
  });

  it('explains a refused geolocation and offers the commune search', async () => {
    const page = await open('', { permissions: [] });
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Vous n’avez pas autorisé la géolocalisation');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('commune');
  });

  it('lets a keyboard user reach a place’s page from the list alone', async () => {
    const page = await open();
    await search(page).focus();
    await page.keyboard.type('Agen');
    await expect.poll(() => suggestions(page).count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.carte-resume').textContent()).toContain('depuis Agen');
    const firstLink = results(page).first().getByRole('link').first();
    await firstLink.focus();
    const expected = await firstLink.getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${chromium.site.url}${expected}`);
    expect(await page.locator('h1').textContent()).toMatch(/Agen|Lomet|Baudre/);
  });

  it('shows the places on the map and says so when the background cannot load', async () => {
    outside.length = 0;
    const page = await open();
    await expect.poll(() => page.locator('.carte-sans-fond').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(5);
    const hosts = new Set(outside.map((url) => new URL(url).host));
    expect([...hosts]).toEqual(['data.geopf.fr']); // tiles are the only third-party requests
  });

  it('gives the full list without JavaScript', async () => {
    const page = await open('', { javaScriptEnabled: false });
    expect(await page.locator('.card-list li').count()).toBe(51);
    expect(await page.getByText('ont besoin de JavaScript').isVisible()).toBe(true);
  });
});
