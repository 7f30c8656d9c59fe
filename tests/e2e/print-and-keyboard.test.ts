/**
 * In a real Chromium, against the built site: staff print a fiche and fill in
 * the model letter (nothing leaves the browser); the skip link works.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';

describe.skipIf(!hasChromium)('in Chromium', () => {
  const chromium = builtSiteInChromium();
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    page = await chromium.browser.newPage();
    page.on('request', (request) => requested.push(request.url()));
  });

  const visible = (selector: string) => page.locator(selector).first().isVisible();

  it('prints a fiche without the site around it', async () => {
    await page.goto(`${chromium.site.url}/fiches/gpds/`);
    await page.emulateMedia({ media: 'print' });
    expect(await visible('h1')).toBe(true);
    expect(await visible('#objectifs')).toBe(true);
    for (const around of ['.site-header', '.site-footer', '.breadcrumb', '.print-hint']) expect(await visible(around), around).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    await page.emulateMedia({ media: 'screen' });
  });

  it('fills in the lettre de mission and prints the letter alone, sending nothing', async () => {
    requested.length = 0;
    await page.goto(`${chromium.site.url}/ressources/lettre-mission-referent/`);
    await page.getByLabel('Civilité et nom du référent').fill('Mme Exemple');
    await page.getByLabel('Nom de l’établissement').fill('Lycée Exemple');
    await page.getByLabel('Vu et pris connaissance le').first().fill('3 septembre');
    await page.keyboard.press('Enter'); // no submit button: Enter must not send the form anywhere
    await page.emulateMedia({ media: 'print' });
    expect(await visible('h1')).toBe(false);
    expect(await visible('form.modele')).toBe(true);
    expect(await page.getByLabel('Civilité et nom du référent').inputValue()).toBe('Mme Exemple');
    expect(requested.filter((url) => !url.startsWith(chromium.site.url))).toEqual([]);
    expect(new URL(page.url()).search).toBe('');
    await page.emulateMedia({ media: 'screen' });
  });

  it('lets a keyboard user skip to the content', async () => {
    await page.goto(`${chromium.site.url}/dispositifs/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
  });
});
