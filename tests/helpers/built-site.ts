/**
 * The built site (dist/) served locally and one Chromium, shared by the tests of
 * a file: started before them, closed after them (and after the file's own `afterAll`).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { DIST } from './paths.ts';
import { serve, type StaticSite } from './server.ts';

export function builtSiteInChromium(): { readonly site: StaticSite; readonly browser: Browser } {
  const running: { site?: StaticSite; browser?: Browser } = {};
  beforeAll(async () => {
    running.site = await serve(DIST);
    running.browser = await launch();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.site?.close();
  });
  return {
    get site() {
      return running.site!;
    },
    get browser() {
      return running.browser!;
    },
  };
}
