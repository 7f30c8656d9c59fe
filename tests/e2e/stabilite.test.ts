/**
 * Pages with a script are drawn once: nothing on screen moves when the script
 * starts, when the search's results arrive or when the map's places are listed
 * (Cumulative Layout Shift, WCAG-friendly and a Core Web Vital). Measured in
 * Chromium with the browser's own `layout-shift` entries, on a phone and on a
 * wide screen; map tiles are blocked, as they cannot load here.
 */
import { describe, expect, it } from 'vitest';
import { hasChromium, keepToSite } from '../helpers/browser.ts';
import { builtSiteInChromium } from '../helpers/built-site.ts';

const SCREENS = {
  phone: { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true },
  'wide screen': { viewport: { width: 1350, height: 940 } },
} as const;

describe.skipIf(!hasChromium)('layout stability', () => {
  const chromium = builtSiteInChromium();

  /** The layout shifts not caused by the reader, once `ready` shows the page has done its work. */
  async function shifts(screen: keyof typeof SCREENS, path: string, ready: string): Promise<string[]> {
    const context = await chromium.browser.newContext(SCREENS[screen]);
    await keepToSite(context, chromium.site.url);
    const page = await context.newPage();
    await page.addInitScript(() => {
      const found: string[] = [];
      const describe = (node: Node | undefined) => (node instanceof Element ? node.outerHTML : 'an element since removed').slice(0, 160);
      Object.assign(window, { layoutShifts: found });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        })[])
          if (!entry.hadRecentInput)
            found.push(
              `${entry.value.toFixed(4)} ${entry.sources.map((s) => `${describe(s.node)} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`).join(' | ')}`,
            );
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${chromium.site.url}${path}`);
    await page.locator(ready).first().waitFor();
    await page.waitForTimeout(500);
    const found = await page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts);
    await context.close();
    return found;
  }

  for (const screen of Object.keys(SCREENS) as (keyof typeof SCREENS)[]) {
    it(`/carte/ does not move as its script lists the places (${screen})`, async () => {
      expect(await shifts(screen, '/carte/', '.carte-resultats li')).toEqual([]);
    });

    it(`/recherche/ does not move as its results arrive (${screen})`, async () => {
      expect(await shifts(screen, '/recherche/?q=GPDS', '.recherche-resultats li')).toEqual([]);
    });
  }
});
