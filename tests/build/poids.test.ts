/**
 * The weight budget of content pages (every page but the map, the search and
 * the editor): no JavaScript at all, and HTML plus stylesheets within 20 KB
 * once gzipped, as a static host serves them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { frenchPathOf } from '../../src/i18n/routes.ts';
import { builtPages } from '../helpers/dist.ts';
import { DIST } from '../helpers/paths.ts';

const BUDGET = 20 * 1024;
/** Pages whose job needs a script: the map, the site search, the CMS. */
const INTERACTIVE = ['/carte/', '/recherche/', '/admin/'];

// Translated pages (/<code>/…) are held to the same budget as their French page.
const contentPages = builtPages().filter((p) => !INTERACTIVE.some((prefix) => frenchPathOf(p.path).path.startsWith(prefix)));
const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

describe('content pages', () => {
  it('are all counted', () => expect(contentPages.length).toBeGreaterThan(100));

  it('ship no JavaScript', () => {
    const offenders = contentPages.flatMap((p) => {
      const scripts = p.root
        .querySelectorAll('script')
        .filter((s) => !/^application\/(ld\+)?json$/.test(s.getAttribute('type') ?? ''))
        .map((s) => s.getAttribute('src') ?? 'inline');
      const preloads = p.root.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute('href')!);
      const handlers = p.root.querySelectorAll('*').filter((e) => Object.keys(e.attributes).some((a) => /^on/i.test(a)));
      return [...scripts, ...preloads, ...handlers.map((e) => `on… sur <${e.tagName.toLowerCase()}>`)].map((s) => `${p.path} → ${s}`);
    });
    expect(offenders).toEqual([]);
  });

  it('weigh at most 20 KB of HTML and CSS, gzipped', () => {
    const cssCache = new Map<string, number>();
    const cssWeight = (href: string, page: string) => {
      const file = join(DIST, decodeURIComponent(new URL(href, `http://site${page}`).pathname));
      if (!cssCache.has(file)) cssCache.set(file, gzipped(readFileSync(file)));
      return cssCache.get(file)!;
    };
    const weights = contentPages.map((p) => {
      const css = p.root.querySelectorAll('link[rel="stylesheet"]').map((l) => cssWeight(l.getAttribute('href')!, p.path));
      return { path: p.path, bytes: gzipped(p.html) + css.reduce((a, b) => a + b, 0) };
    });
    const heaviest = weights.toSorted((a, b) => b.bytes - a.bytes)[0]!;
    console.info(`Page la plus lourde : ${heaviest.path}, ${(heaviest.bytes / 1024).toFixed(1)} Ko gzip (HTML + CSS)`);
    expect(weights.filter((w) => w.bytes > BUDGET).map((w) => `${w.path} : ${(w.bytes / 1024).toFixed(1)} Ko`)).toEqual([]);
  });
});
