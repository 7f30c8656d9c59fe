/**
 * What a contributor may write and the checker lets through is harmless once
 * built: a fixture site adds to the real content a fiche written as a hasty or
 * hostile contributor would within the rules (byte order mark, Windows line
 * ends, links that open a tab, code that looks like a script, an image of the
 * media folder), and a place whose name and address a spreadsheet would run.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, keepToSite, launch } from '../helpers/browser.ts';
import { buildFixtureSite, readFixtureFiles, type FixtureSite } from '../helpers/fixture-site.ts';
import { serve, type StaticSite } from '../helpers/server.ts';

/** A PNG of one pixel, for the media folder. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const FICHE = 'fiches/essai-contributions/';

let site: FixtureSite;
beforeAll(() => {
  site = buildFixtureSite('contributions', {
    files: readFixtureFiles('contributions'),
    before: (root) => {
      mkdirSync(join(root, 'public/images/contenu'), { recursive: true });
      writeFileSync(join(root, 'public/images/contenu/essai.png'), PIXEL);
    },
  });
}, 240_000);
afterAll(() => site?.cleanUp());

const page = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');

describe('contributed content, as built', () => {
  it('builds a fiche saved with a byte order mark, Windows line ends and spaces after « --- », as the checker read it', () => {
    const html = page(FICHE);
    expect(html).toContain('<h1>Essai de contributions</h1>');
    expect(html).not.toContain('\ufeff');
  });

  it('gives every link that opens a tab, inside the site or not, rel="noopener noreferrer"', () => {
    const links = [...page(FICHE).matchAll(/<a [^>]*target="_blank"[^>]*>/g)].map(([tag]) => tag);
    expect(links).toHaveLength(2);
    for (const tag of links) expect(tag).toMatch(/rel="noopener noreferrer"/);
  });

  it('shows code that looks like a script as text', () => {
    const html = page(FICHE);
    expect(html).toContain('<code>&lt;script&gt;window.executed = true&lt;/script&gt;</code>');
    expect(html).not.toMatch(/<script>window\.executed/);
  });

  it('writes no cell of the open data CSV that a spreadsheet would run as a formula', () => {
    const rows = parse(readFileSync(join(site.dist, 'donnees/dispositifs.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r['id'] === 'paps-essai-formule')!;
    expect(row['adresse']).toBe("'=1+2");
    for (const cell of rows.flatMap((r) => Object.values(r))) expect(cell, cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });
});

describe.skipIf(!hasChromium)('contributed content in Chromium', () => {
  let server: StaticSite;
  let browser: Browser;
  beforeAll(async () => {
    server = await serve(site.dist);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs no script, covers nothing and shows its image from the media folder', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    await keepToSite(context, server.url);
    const tab = await context.newPage();
    const events: string[] = [];
    tab.on('dialog', (dialog) => {
      events.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    tab.on('pageerror', (error) => events.push(`error: ${error.message}`));
    await tab.goto(`${server.url}/${FICHE}`);
    const state = await tab.evaluate(() => ({
      executed: 'executed' in window,
      // JSON-LD is data, not code.
      scripts: [...document.scripts].filter((script) => script.type !== 'application/ld+json').length,
      // Nothing of the text may leave the flow of the page and lie over it.
      placed: [...document.querySelectorAll('main .prose *')].filter((e) => !['static', 'relative'].includes(getComputedStyle(e).position))
        .length,
      image: (document.querySelector('main img[src$="essai.png"]') as HTMLImageElement | null)?.naturalWidth ?? 0,
    }));
    await context.close();
    expect(events).toEqual([]);
    expect(state).toEqual({ executed: false, scripts: 0, placed: 0, image: 1 });
  });
});
