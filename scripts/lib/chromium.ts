/** Debian's Chromium, driven by playwright-core: never a downloaded browser. Shared by the tests and the benchmarks. */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** A headless Chromium. Playwright gives each launch a fresh, temporary `--user-data-dir` of its own. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
}

/**
 * Lets `context` reach `origin` only: there is no network here (map tiles would
 * time out), and nothing may leave the site unseen. `onBlocked` hears each refused URL.
 */
export async function keepToSite(context: BrowserContext, origin: string, onBlocked?: (url: string) => void): Promise<void> {
  await context.route(
    (url) => !url.href.startsWith(origin),
    (route) => {
      onBlocked?.(route.request().url());
      return route.abort();
    },
  );
}
