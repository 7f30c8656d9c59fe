/**
 * The site search in a real Chromium, against the built site and its Pagefind
 * index: the reference queries of tests/search/requetes.yaml, typed in the
 * search field like a person would, and the behaviour of the search page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasChromium } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';
import { ROOT } from '../helpers/paths.ts';

interface Reference {
  requete: string;
  attendu: string;
  rang: number;
}
const references = parse(readFileSync(join(ROOT, 'tests/search/requetes.yaml'), 'utf8')) as Reference[];

describe.skipIf(!hasChromium)('site search in Chromium', () => {
  const chromium = builtSiteInChromium();
  let page: Page;

  beforeAll(async () => {
    page = await chromium.browser.newPage();
  });

  const field = () => page.getByRole('searchbox', { name: 'Rechercher sur le site' }).last();
  const resultLinks = async () =>
    await page
      .locator('.recherche-resultats .card__title')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  /** Types a query and waits for its announced results. */
  async function searchFor(query: string): Promise<string[]> {
    await field().fill(query);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toContain(`« ${query} »`);
    return resultLinks();
  }

  it.each(references)('puts $attendu within the first $rang results for « $requete »', async ({ requete, attendu, rang }) => {
    if (!page.url().includes('/recherche/')) await page.goto(`${chromium.site.url}/recherche/`);
    const results = await searchFor(requete);
    const position = results.indexOf(attendu) + 1;
    expect(position, `résultats : ${results.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
    expect(position).toBeLessThanOrEqual(rang);
  });

  it('finds « décrochage » when one types « décrocheurs »', async () => {
    // Among the fiches, so that every result is on the first page of results.
    await page.goto(`${chromium.site.url}/recherche/?q=d%C3%A9crocheurs&genre=Fiche+technique`);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('« décrocheurs »');
    // The facet counts come just after the first results, and re-render the list: wait for them first.
    await page.getByRole('group', { name: 'Affiner les résultats' }).getByRole('checkbox').first().waitFor();
    const announced = Number((await page.getByRole('status').textContent())!.match(/^\d+/)![0]);
    const more = page.getByRole('button', { name: 'Afficher plus de résultats' });
    while ((await resultLinks()).length < announced) {
      const shown = (await resultLinks()).length;
      await more.click();
      await expect.poll(async () => (await resultLinks()).length).toBeGreaterThan(shown);
    }
    const fiches = await resultLinks();
    expect(fiches).toContain('/fiches/gpds/'); // it writes « décrochage », never « décrocheurs »
    expect(fiches.length).toBeGreaterThan(10);
  });

  it('searches from the header form of any page, and announces the count', async () => {
    await page.goto(`${chromium.site.url}/fiches/pafi/`);
    await page.getByRole('searchbox', { name: 'Rechercher sur le site' }).fill('GPDS');
    await page.getByRole('button', { name: 'Rechercher' }).first().click();
    await page.waitForURL(/\/recherche\/\?q=GPDS/);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^\d+ résultats pour « GPDS »\.$/);
    expect(await page.locator('.recherche-resultats mark').first().textContent()).toMatch(/GPDS/i);
  });

  it('narrows with a facet, and keeps it in the URL', async () => {
    await page.goto(`${chromium.site.url}/recherche/?q=décrochage`);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('résultats');
    const facet = page.getByRole('group', { name: 'Affiner les résultats' }).getByRole('checkbox', { name: /Fiche technique/ });
    await facet.check();
    await expect.poll(() => page.url()).toContain('genre=Fiche+technique');
    await expect.poll(async () => (await resultLinks()).every((path) => path.startsWith('/fiches/'))).toBe(true);
    expect((await resultLinks()).length).toBeGreaterThan(3);
  });

  it('says when no page holds every word, and counts the facets of what it gives', async () => {
    await page.goto(`${chromium.site.url}/recherche/?q=${encodeURIComponent('je veux reprendre mes études à 19 ans')}`);
    const status = page.getByRole('status');
    await expect
      .poll(() => status.textContent())
      .toMatch(
        /^\d+ résultats pour « je veux reprendre mes études à 19 ans »\. Aucune page ne contient tous les mots cherchés : voici celles qui en contiennent le plus\.$/,
      );
    // A facet's count is what choosing it leaves.
    const fiches = page.getByRole('group', { name: 'Type de page' }).getByRole('checkbox', { name: /Fiche technique/ });
    await fiches.waitFor();
    const count = Number((await fiches.locator('xpath=..').textContent())!.match(/\((\d+)\)/)![1]);
    expect(count).toBeGreaterThan(0);
    await fiches.check();
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^${count} résultats? pour`));
    await expect.poll(async () => (await resultLinks()).every((path) => path.startsWith('/fiches/'))).toBe(true);
  });

  it('names the site’s words it searched for everyday words', async () => {
    await page.goto(`${chromium.site.url}/recherche/`);
    await searchFor('mon fils a raté son bac');
    const said = (await page.locator('.recherche-mots').textContent())!.replace(/\u00a0/g, ' ');
    expect(said).toBe('Pour « raté son bac », la recherche cherche « conservation des notes », les mots du site.');
    await searchFor('GPDS');
    expect(await page.locator('.recherche-mots').isHidden()).toBe(true);
  });

  it('suggests the glossary and the map when nothing is found', async () => {
    await page.goto(`${chromium.site.url}/recherche/`);
    await searchFor('wapitiquz');
    expect(await page.getByRole('status').textContent()).toBe('Aucun résultat pour « wapitiquz ».');
    const empty = page.locator('.recherche-vide');
    expect(await empty.getByRole('link', { name: 'glossaire' }).isVisible()).toBe(true);
    expect(await empty.getByRole('link', { name: 'carte' }).isVisible()).toBe(true);
  });

  it('puts the cursor in the search field with « / »', async () => {
    await page.goto(`${chromium.site.url}/recherche/?q=PAFI`);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recherche');
  });

  it('loads no search code on content pages', async () => {
    const requested: string[] = [];
    const other = await chromium.browser.newPage();
    other.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await other.goto(`${chromium.site.url}/fiches/gpds/`);
    await other.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.includes('pagefind') || path.endsWith('.js'))).toEqual([]);
    await other.close();
  });
});
