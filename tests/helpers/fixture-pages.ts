/** Reading the pages of a built fixture site, and what every one of them must be. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect } from 'vitest';

/** The page at `path` (« semaine/2031 ») of the site built into `dist`. */
export const page = (dist: string, path: string): HTMLElement => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

/** An element's text, spaces collapsed. */
export const text = (element: HTMLElement | null | undefined) => element?.text.replace(/\s+/g, ' ').trim() ?? '';

/** Each page has one h1 and a title of its own, and links only to pages and files that exist (its feeds included). */
export function expectSoundPages(dist: string, paths: readonly string[], { script = true } = {}): void {
  const titles = new Set<string>();
  for (const path of paths) {
    const root = page(dist, path);
    expect(root.querySelectorAll('h1'), path).toHaveLength(1);
    if (!script) expect(root.querySelectorAll('script'), path).toHaveLength(0);
    titles.add(text(root.querySelector('title')));
    for (const a of root.querySelectorAll('a[href], link[rel="alternate"]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const { pathname } = new URL(href, `http://site/${path}/`);
      const file = join(dist, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
      expect(existsSync(file), `${path} → ${href}`).toBe(true);
    }
  }
  expect(titles.size).toBe(paths.length);
}
