/**
 * The search page of the other languages in a real Chromium: it loads its
 * language's index (Pagefind reads the page's `<html lang>`), finds that
 * language's pages, filters them, and reads the query as typed (the everyday
 * words are French). Words are read from the translation files, since
 * translations change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasChromium } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';
import { ROOT } from '../helpers/paths.ts';

/** A word every place page shows in its indexed text (« Téléphone : »), in `lang`. */
function placeWord(lang: string): string {
  const file = parse(readFileSync(join(ROOT, `content/traductions/${lang}.yaml`), 'utf8')) as {
    interface: Record<string, { texte: string }>;
  };
  return file.interface['contact.phone']!.texte.split(/[^\p{L}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
}

describe.skipIf(!hasChromium)('site search in another language, in Chromium', () => {
  const chromium = builtSiteInChromium();
  let page: Page;
  /** Pagefind's files the page fetched. */
  let fetched: string[] = [];

  beforeAll(async () => {
    page = await chromium.browser.newPage();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/')) fetched.push(path.slice('/pagefind/'.length));
    });
  });

  const resultLinks = async () =>
    await page
      .locator('.recherche-resultats .card__title')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  /** Opens the search page of `lang` with the query and filters of `search`, and waits for its first results. */
  async function open(lang: string, search: string): Promise<string[]> {
    fetched = [];
    await page.goto(`${chromium.site.url}/${lang}/recherche/?${search}`);
    await expect.poll(async () => (await resultLinks()).length).toBeGreaterThan(0);
    return resultLinks();
  }

  it('finds English pages with the English index', async () => {
    const word = placeWord('en');
    const results = await open('en', `q=${encodeURIComponent(word)}`);
    expect(results.filter((path) => !path.startsWith('/en/'))).toEqual([]);
    // Index files are named after their language: « pagefind.en_….pf_meta », « index/en_….pf_index ».
    const languages = new Set(fetched.flatMap((file) => /(?:^pagefind\.|\/)([a-z]+)_\w+\.pf_\w+$/.exec(file)?.[1] ?? []));
    expect([...languages]).toEqual(['en']);
    expect(fetched).toContain('wasm.en.pagefind');
  });

  it('filters the results by type, and keeps the filter in the URL', async () => {
    await open('en', `q=${encodeURIComponent(placeWord('en'))}`);
    const type = page.locator('.recherche-facettes input[name="type"]').first();
    await type.check();
    await expect.poll(() => page.url()).toContain('type=');
    await expect.poll(async () => (await resultLinks()).every((path) => path.startsWith('/en/dispositifs/'))).toBe(true);
    expect((await resultLinks()).length).toBeGreaterThan(0);
  });

  it('searches Ukrainian pages without stemming, Pagefind having none for Ukrainian', async () => {
    const results = await open('uk', `q=${encodeURIComponent(placeWord('uk'))}`);
    expect(results.filter((path) => !path.startsWith('/uk/'))).toEqual([]);
    expect(fetched).toContain('wasm.unknown.pagefind');
  });

  it('reads the query as typed: no French everyday words', async () => {
    // « raté son bac » stands for « conservation des notes » in French (content/mots-courants.yaml).
    await page.goto(`${chromium.site.url}/en/recherche/?q=${encodeURIComponent('raté son bac')}`);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/\S/);
    expect(await page.locator('.recherche-mots').isHidden()).toBe(true);
    expect(await page.locator('site-search').getAttribute('data-rewrites')).toBeNull();
  });
});
