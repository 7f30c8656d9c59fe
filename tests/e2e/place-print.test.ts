/**
 * In a real Chromium, against the built site: a place page printed is one A4
 * « fiche d'orientation » (issue #14 §5) — every place page, the longest
 * included — with the name, the phone and the QR code of the page on it, and
 * nothing that only makes sense on a screen.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';
import { builtPages } from '../helpers/dist.ts';

const places = builtPages()
  .filter((p) => /^\/dispositifs\/[^/]+\/$/.test(p.path))
  .map((p) => p.path);

/** Pages of a PDF: its `/Type /Page` objects, not the `/Pages` tree that holds them. */
const pagesOf = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

describe.skipIf(!hasChromium)('a place page on paper', () => {
  const chromium = builtSiteInChromium();
  let page: Page;

  beforeAll(async () => {
    // The width of the sheet inside its margins (210 mm − 2 × 14 mm ≈ 688 px), to measure what the print holds.
    page = await chromium.browser.newPage({ viewport: { width: 688, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
  });

  const visible = (selector: string) => page.locator(selector).first().isVisible();

  const printed = async (path: string) => {
    await page.goto(`${chromium.site.url}${path}`);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const height = await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().bottom);
    return { path, pages: pagesOf(pdf), height };
  };
  let longestFrench: string[] = [];

  it('fits on one A4 sheet, for every place page', { timeout: 120_000 }, async () => {
    expect(places.length).toBeGreaterThan(40);
    const sheets: { path: string; pages: number; height: number }[] = [];
    for (const path of places) sheets.push(await printed(path));
    const byHeight = sheets.toSorted((a, b) => b.height - a.height);
    const longest = byHeight[0]!;
    longestFrench = byHeight.slice(0, 5).map((s) => s.path);
    // 297 mm − 2 × 12 mm of margin ≈ 1032 px: how full the fullest sheet is, for whoever adds content.
    console.info(`Fiche la plus longue : ${longest.path}, ${Math.round((longest.height / 1032) * 100)} % de la page A4`);
    expect(sheets.filter((s) => s.pages !== 1).map((s) => `${s.path} : ${s.pages} pages`)).toEqual([]);
  });

  it('fits on one A4 sheet in Arabic (taller lines) and Ukrainian, for the five fullest French sheets', { timeout: 60_000 }, async () => {
    expect(longestFrench).toHaveLength(5);
    const sheets = [];
    for (const path of longestFrench) for (const lang of ['ar', 'uk']) sheets.push(await printed(`/${lang}${path}`));
    expect(sheets.filter((s) => s.pages !== 1).map((s) => `${s.path} : ${s.pages} pages`)).toEqual([]);
  });

  for (const path of ['/dispositifs/micro-lycee-agen/', '/dispositifs/dipa-talence/', '/dispositifs/paps-lp-picasso-perigueux/']) {
    it(`shows on ${path} the name, the phone, the QR code and its address, and nothing for screens`, async () => {
      await page.goto(`${chromium.site.url}${path}`);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      expect(await visible('.contact-box')).toBe(true);
      expect(await visible('.contact-box .phone')).toBe(true);
      expect(await visible('#entrer')).toBe(true);
      const qr = page.getByRole('img', { name: 'QR code de l’adresse de cette page' });
      expect(await qr.isVisible()).toBe(true);
      expect(await qr.locator('svg path[stroke]').count()).toBe(1);
      expect((await qr.boundingBox())!.width).toBeGreaterThan(100); // about 30 mm: a phone reads it at arm's length
      expect((await page.locator('.qr-code__url').textContent())!.trim()).toBe(canonical);
      for (const screenOnly of ['.site-header', '.site-footer', '.breadcrumb', '.where', '.share-links', '#partager', '#equipes'])
        expect(await visible(screenOnly), screenOnly).toBe(false);
    });
  }
});
