/**
 * The map page where nothing is published yet (issue #14), in a real Chromium
 * against the built site: a commune of the académie de Poitiers gets, first,
 * the answer its académie's page gives (not yet published, whom to call, the
 * guide), then the nearest places elsewhere, each with its académie named; a
 * position is placed by its nearest commune centre, and says so; a commune
 * where places are published gets none of it.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, keepToSite } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';

describe.skipIf(!hasChromium)('/carte/ where nothing is published yet, in Chromium', () => {
  const chromium = builtSiteInChromium();
  const contexts: BrowserContext[] = [];

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
  });

  async function open(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    contexts.push(context);
    await keepToSite(context, chromium.site.url);
    const page = await context.newPage();
    await page.goto(`${chromium.site.url}/carte/`);
    await page.locator('.carte-resultats li').first().waitFor();
    return page;
  }

  async function searchFor(page: Page, query: string, commune: string): Promise<void> {
    await page.getByRole('combobox', { name: 'Votre commune ou votre code postal' }).fill(query);
    await page.getByRole('listbox', { name: 'Communes proposées' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.carte-resume').textContent()).toContain(`depuis ${commune}`);
  }

  const clean = (texts: string[]) => texts.map((t) => t.replace(/\s+/g, ' ').trim());
  /** What the results panel shows after the search form, in order. */
  const shownAfterForm = (page: Page) =>
    page
      .locator('.carte-panneau > :not(form)')
      .evaluateAll((elements) =>
        elements.filter((e) => e.checkVisibility() && e.getBoundingClientRect().height > 0).map((e) => e.className || e.tagName),
      );
  const block = (page: Page) => page.locator('.carte-territoire');

  it.each([
    ['Niort', 'Niort'],
    ['79000', 'Niort'],
  ])('answers « %s » with the académie de Poitiers first, then places elsewhere with their académie', async (query, commune) => {
    const page = await open();
    await searchFor(page, query, commune);

    expect((await shownAfterForm(page))[0]).toBe('carte-territoire');
    expect(await block(page).getByRole('heading', { level: 2 }).textContent()).toBe(
      'Les solutions de l’académie de Poitiers ne sont pas encore publiées sur ce site',
    );
    expect(await block(page).getByRole('link', { name: 'Quelle solution pour moi ?' }).getAttribute('href')).toBe('/quelle-solution/');
    expect(await block(page).getByRole('heading', { name: 'Contacter l’académie de Poitiers' }).isVisible()).toBe(true);
    const contacts = await block(page).textContent();
    expect(contacts).toContain('Rectorat de Poitiers');
    expect(contacts).toContain('05 16 52 63 84');
    expect(contacts).toContain('saio@ac-poitiers.fr');

    // Said at once under the search, with a way to reach the answer.
    const status = page.locator('#carte-message');
    expect(await status.textContent()).toContain('Les solutions de l’académie de Poitiers ne sont pas encore publiées sur ce site.');
    await status.getByRole('button', { name: 'Voir qui contacter' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('académie de Poitiers');

    expect(await page.locator('#plus-proches-titre').textContent()).toBe(`Les lieux publiés les plus proches de ${commune}`);
    const nearest = clean(await page.locator('.plus-proches li').allTextContents());
    expect(nearest.length).toBeGreaterThan(0);
    for (const line of nearest) expect(line).toMatch(/\(\d\d\), académie de Bordeaux, à \d+ km$/);
    expect(await page.locator('.plus-proches').textContent()).toContain('Distances à vol d’oiseau.');
    const results = clean(await page.locator('.carte-resultats li').allTextContents());
    expect(results).toHaveLength(50);
    for (const line of results) expect(line).toContain('académie de Bordeaux · à');
  });

  it('says there is no contact yet where the documents give none (académie de Limoges)', async () => {
    const page = await open();
    await searchFor(page, 'Guéret', 'Guéret');
    expect(await block(page).textContent()).toContain('Les documents publiés ne donnent pas encore de contact pour l’académie de Limoges.');
  });

  it('deduces the département of a position from the nearest commune centre, and says so', async () => {
    const page = await open({ geolocation: { latitude: 46.3237, longitude: -0.4588 }, permissions: ['geolocation'] }); // Niort
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await expect.poll(() => page.locator('.carte-resume').textContent()).toContain('depuis votre position');
    expect(clean(await block(page).locator('h2 + p').allTextContents())).toEqual(['D’après votre position, vous êtes près de Niort (79).']);
    expect(await page.locator('#plus-proches-titre').textContent()).toBe('Les lieux publiés les plus proches de votre position');
    expect(page.url()).not.toMatch(/46\.32|0\.45/);
  });

  it('says when a position is outside every département of the site, and names each place’s académie', async () => {
    const page = await open({ geolocation: { latitude: 48.8566, longitude: 2.3522 }, permissions: ['geolocation'] }); // Paris
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await expect.poll(() => page.locator('#carte-message').textContent()).toContain('Votre position est en dehors des départements');
    expect(await block(page).textContent()).toBe('');
    const [first] = clean(await page.locator('.carte-resultats li').allTextContents());
    expect(first).toContain('académie de Bordeaux');
  });

  it('changes nothing where places are published (Marmande)', async () => {
    const page = await open();
    await searchFor(page, 'Marmande', 'Marmande');
    expect((await shownAfterForm(page))[0]).toBe('carte-resume');
    expect(await block(page).textContent()).toBe('');
    expect(await page.locator('#carte-message').textContent()).toBe('');
    expect(await page.locator('#plus-proches-titre').textContent()).toBe('Le plus proche de chaque type');
    expect(await page.locator('.carte-panneau').textContent()).not.toContain('académie de');
  });

  it('takes the answer away when the visitor then searches a commune where places are published', async () => {
    const page = await open();
    await searchFor(page, 'Niort', 'Niort');
    await searchFor(page, 'Agen', 'Agen');
    expect(await block(page).textContent()).toBe('');
    expect(await page.locator('#carte-message').textContent()).toBe('');
    expect(await page.locator('.carte-resultats').textContent()).not.toContain('académie de');
  });
});
