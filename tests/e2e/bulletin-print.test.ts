/**
 * In a real Chromium, on the fixture site of the Semaine (tests/fixtures/sites/semaine/,
 * built here with a site address of its own): a daily bulletin printed is one A4
 * sheet (issue #16 §2), a lettre a clean sheet, with nothing of the site around them
 * and their links written out after their text (src/styles/print.css).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launch } from '../helpers/browser.ts';
import { buildFixtureSite, readFixtureFiles, type FixtureSite } from '../helpers/fixture-site.ts';
import { serve, type StaticSite } from '../helpers/server.ts';

/** The address the fixture site is built for: printed links to its pages must start with it, not with the test server's. */
const SITE_URL = 'https://perseverance.example.fr';
const BULLETINS = ['/semaine/bulletins/2031-02-03-bordeaux/', '/semaine/bulletins/2031-02-05-limoges/'];

/** Pages of a PDF: its `/Type /Page` objects, not the `/Pages` tree that holds them. */
const pagesOf = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

describe.skipIf(!hasChromium)('a bulletin of the Semaine on paper', () => {
  let fixture: FixtureSite;
  let site: StaticSite;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    fixture = buildFixtureSite('semaine-print', { files: readFixtureFiles('semaine'), env: { SITE_URL } });
    site = await serve(fixture.dist);
    browser = await launch();
    // The width of the sheet inside its margins (210 mm − 2 × 16 mm ≈ 673 px), as the print lays it out.
    page = await browser.newPage({ viewport: { width: 673, height: 986 } });
    await page.emulateMedia({ media: 'print' });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    fixture?.cleanUp();
  });

  const visible = (selector: string) => page.locator(selector).first().isVisible();
  /** What a link's ::after writes on paper, as Chromium computes it. */
  const writtenOut = (selector: string) => page.locator(selector).evaluate((a) => getComputedStyle(a, '::after').content);

  for (const path of BULLETINS) {
    it(`prints ${path} on one A4 page, without the site around it`, async () => {
      await page.goto(`${site.url}${path}`);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const height = await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().bottom);
      // 297 mm − 2 × 18 mm of margin ≈ 986 px: how full the sheet is, for whoever writes a longer bulletin.
      console.info(`${path} : ${pagesOf(pdf)} page(s), ${Math.round((height / 986) * 100)} % de la feuille A4`);
      expect(pagesOf(pdf)).toBe(1);
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      for (const around of ['.site-header', 'nav', '[role="search"]', '.breadcrumb', '.site-footer', '.skip-link', '.report-error'])
        expect(await visible(around), around).toBe(false);
    });
  }

  it('shows the bulletin in its shape on the sheet: the word on the Semaine, the actions, the zoom and the links', async () => {
    await page.goto(`${site.url}${BULLETINS[0]}`);
    for (const name of ['Quelques actions de la région académique', 'Zoom du jour', 'Ressources en ligne'])
      expect(await page.getByRole('heading', { level: 2, name }).isVisible(), name).toBe(true);
    expect(await page.getByText('la Dordogne ouvre la Semaine fictive').isVisible()).toBe(true);
    expect(await page.getByText('Action phare', { exact: true }).isVisible()).toBe(true);
  });

  it('writes each link out after its text: the full address, that of the site built for a page of the site', async () => {
    await page.goto(`${site.url}${BULLETINS[0]}`);
    expect(await writtenOut('a[href="https://www.example.org/videos/perseverance-fictive"]')).toBe(
      '" (https://www.example.org/videos/perseverance-fictive)"',
    );
    expect(await writtenOut('main a[href="/semaine/actions/atelier-fictif-pau/"]')).toBe(
      `" (${SITE_URL}/semaine/actions/atelier-fictif-pau/)"`,
    );
    expect(await writtenOut('main a[href="/fiches/referent-decrochage/"]')).toBe(`" (${SITE_URL}/fiches/referent-decrochage/)"`);
    // An e-mail address is shown as text already: nothing is added.
    expect(await writtenOut('a[href^="mailto:"]')).toBe('none');
    expect(await page.getByText('semaine-fictive@example.org').isVisible()).toBe(true);
  });

  it('prints a lettre de la MLDS as a clean sheet too: the issue and its sections, nothing of the site around it, links written out', async () => {
    await page.goto(`${site.url}/lettres/bordeaux-2031-01-15-la-semaine-approche/`);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    console.info(`lettre n° 1 de Bordeaux : ${pagesOf(pdf)} page(s)`);
    expect(pagesOf(pdf)).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: 'Des actions à faire connaître' }).isVisible()).toBe(true);
    for (const around of ['.site-header', 'nav', '[role="search"]', '.breadcrumb', '.site-footer', '.report-error', '.no-print'])
      expect(await visible(around), around).toBe(false);
    expect(await writtenOut('main a[href="/semaine/actions/maps-lescar/"]')).toBe(`" (${SITE_URL}/semaine/actions/maps-lescar/)"`);
  });

  it('writes nothing out on screen', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${site.url}${BULLETINS[0]}`);
    expect(await writtenOut('main a[href="/semaine/actions/atelier-fictif-pau/"]')).toBe('none');
    await page.emulateMedia({ media: 'print' });
  });
});
