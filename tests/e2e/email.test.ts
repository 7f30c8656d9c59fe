/**
 * The e-mail versions of bulletins and lettres in Chromium (issue #16), on the fixture site of
 * tests/helpers/email-site.ts: readable at 320 and 600 px (nothing wider than
 * the window, no text under 14 px), and still so once a coordinator has done
 * what CONTRIBUTING.md says: open it, select all, copy, paste into a new message.
 * The site's address is answered from the built files, so that its images load.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launch } from '../helpers/browser.ts';
import { SITE_ROOT, buildEmailSite, emailPages } from '../helpers/email-site.ts';
import type { FixtureSite } from '../helpers/fixture-site.ts';
import { serve, type StaticSite } from '../helpers/server.ts';

describe.skipIf(!hasChromium)('the e-mail versions in Chromium', () => {
  let site: FixtureSite;
  let server: StaticSite;
  let browser: Browser;
  beforeAll(async () => {
    site = buildEmailSite();
    server = await serve(site.dist);
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.cleanUp();
  });

  /** A window of `width` px that reaches the served site, and the site's address answered from dist/; nothing else. */
  async function open(width: number, blocked: string[]): Promise<{ context: BrowserContext; tab: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      const file =
        url.startsWith(SITE_ROOT) && join(site.dist, decodeURIComponent(new URL(url).pathname).slice(new URL(SITE_ROOT).pathname.length));
      if (file && existsSync(file)) return route.fulfill({ path: file });
      blocked.push(url);
      return route.abort();
    });
    return { context, tab: await context.newPage() };
  }

  /** How wide the page is, and every text it shows in a font under 14 px. */
  const measure = (tab: Page) =>
    tab.evaluate(() => {
      const small: string[] = [];
      for (const element of document.body.querySelectorAll('*')) {
        const own = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
        if (own && parseFloat(getComputedStyle(element).fontSize) < 14)
          small.push(`${element.tagName}: ${element.textContent!.slice(0, 40)}`);
      }
      const container = document.querySelector('.container');
      return {
        scrollWidth: document.documentElement.scrollWidth,
        container: container?.getBoundingClientRect().width ?? 0,
        images: [...document.images].map((img) => ({
          width: img.getBoundingClientRect().width,
          loaded: img.complete && img.naturalWidth > 0,
        })),
        small,
      };
    });

  for (const width of [320, 600])
    it(`reads at ${width} px: nothing wider than the window, no text under 14 px, images within the message`, async () => {
      const blocked: string[] = [];
      const { context, tab } = await open(width, blocked);
      const pages = emailPages(site.dist);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      for (const id of pages) {
        await tab.goto(`${server.url}/${id}/courriel.html`, { waitUntil: 'load' });
        const m = await measure(tab);
        expect(m.scrollWidth, id).toBeLessThanOrEqual(width);
        expect(m.container, id).toBeLessThanOrEqual(600);
        expect(m.container, id).toBeGreaterThanOrEqual(width - 32);
        expect(m.small, id).toEqual([]);
        for (const image of m.images) {
          expect(image.loaded, id).toBe(true);
          expect(image.width, id).toBeLessThanOrEqual(m.container);
        }
      }
      expect(blocked).toEqual([]);
      await context.close();
    });

  it('stays readable once copied from a wide window and pasted into a narrow message, its links absolute', async () => {
    const { context, tab } = await open(1280, []);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await tab.goto(`${server.url}/semaine/bulletins/2031-02-04-bordeaux/courriel.html`, { waitUntil: 'load' });
    await tab.keyboard.press('Control+A');
    await tab.keyboard.press('Control+C');
    // A mail program's editor is an editable element: the message is pasted into one, in a phone's width.
    const editor = await context.newPage();
    await editor.setViewportSize({ width: 320, height: 800 });
    await editor.setContent(
      '<!DOCTYPE html><html lang="fr"><body style="margin:0"><div contenteditable="true" id="message"></div></body></html>',
    );
    await editor.click('#message');
    await editor.keyboard.press('Control+V');
    const pasted = await editor.evaluate(() => {
      const message = document.getElementById('message')!;
      return {
        scrollWidth: document.documentElement.scrollWidth,
        text: message.textContent ?? '',
        hrefs: [...message.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        styled: message.querySelectorAll('[style]').length,
      };
    });
    expect(pasted.text).toContain('Bulletin du 4 février 2031 — Académie de Bordeaux');
    expect(pasted.text).toContain('répondez à son expéditeur');
    expect(pasted.scrollWidth).toBeLessThanOrEqual(320);
    expect(pasted.styled).toBeGreaterThan(10);
    expect(pasted.hrefs.length).toBeGreaterThan(5);
    for (const href of pasted.hrefs) expect(href).toMatch(/^(https:\/\/|mailto:)/);
    await context.close();
  });
});
