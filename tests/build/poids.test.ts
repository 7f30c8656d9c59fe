/**
 * The weight budget of content pages (every page but the map, the search and
 * the editor): no JavaScript at all, and HTML plus stylesheets within 20 KB
 * once gzipped, as a static host serves them. A translated page (/en/…, /ar/…)
 * is held to its French page's budget: the map and the search to the map's
 * (docs/benchmarks.md), every other page to the content pages'.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { frenchPathOf } from '../../src/i18n/routes.ts';
import { PUBLISHED_LANGS } from '../../src/i18n/translations.ts';
import { builtPages, type BuiltPage } from '../helpers/dist.ts';
import { DIST } from '../helpers/paths.ts';

const BUDGET = 20 * 1024;
/** What the map page may transfer before its tiles (docs/benchmarks.md); the search page is held to it too. */
const INTERACTIVE_BUDGET = 150 * 1024;
/** Pages whose job needs a script, in every language: the map, the site search, the CMS. */
const INTERACTIVE = ['/carte/', '/recherche/', '/admin/'];
const isInteractive = (page: BuiltPage) => INTERACTIVE.some((prefix) => frenchPathOf(page.path).path.startsWith(prefix));

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const contentPages = pages.filter((p) => !isInteractive(p));
const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;

const fileWeights = new Map<string, number>();
/** A file of dist/ as a static host serves it, gzipped; `href` as a page at `from` writes it. */
function fileWeight(href: string, from: string): number {
  const file = join(DIST, decodeURIComponent(new URL(href, `http://site${from}`).pathname));
  if (!fileWeights.has(file)) fileWeights.set(file, gzipped(readFileSync(file)));
  return fileWeights.get(file)!;
}

/** HTML and stylesheets, gzipped: a content page's whole weight. */
function weight(page: BuiltPage): number {
  const css = page.root.querySelectorAll('link[rel="stylesheet"]').map((l) => fileWeight(l.getAttribute('href')!, page.path));
  return gzipped(page.html) + css.reduce((a, b) => a + b, 0);
}

/** The modules a script imports before it runs (`import … from "./x.js"`), itself included; those it imports later (`import()`) are not loaded with the page. */
function moduleGraph(src: string, from: string, seen = new Set<string>()): Set<string> {
  const url = new URL(src, `http://site${from}`).pathname;
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = readFileSync(join(DIST, url), 'utf8');
  for (const [, imported] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) moduleGraph(imported!, url, seen);
  return seen;
}

/** What loading the page transfers before anyone touches it: HTML, stylesheets, scripts and their imports, preloaded data. */
function firstLoad(page: BuiltPage): number {
  const modules = new Set<string>();
  for (const script of page.root.querySelectorAll('script[src]'))
    for (const url of moduleGraph(script.getAttribute('src')!, page.path)) modules.add(url);
  const scripts = [...modules].map((url) => fileWeight(url, page.path));
  const preloads = page.root.querySelectorAll('link[rel="preload"]').map((l) => fileWeight(l.getAttribute('href')!, page.path));
  return weight(page) + [...scripts, ...preloads].reduce((a, b) => a + b, 0);
}

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
    const weights = contentPages.map((p) => ({ path: p.path, bytes: weight(p) }));
    const heaviest = weights.toSorted((a, b) => b.bytes - a.bytes)[0]!;
    console.info(`Page la plus lourde : ${heaviest.path}, ${(heaviest.bytes / 1024).toFixed(1)} Ko gzip (HTML + CSS)`);
    expect(weights.filter((w) => w.bytes > BUDGET).map((w) => `${w.path} : ${(w.bytes / 1024).toFixed(1)} Ko`)).toEqual([]);
  });
});

describe('translated pages', () => {
  it('are held to the same budget as their French page, in every language', () => {
    for (const lang of PUBLISHED_LANGS.filter((code) => code !== 'fr')) {
      const translated = pages.filter((p) => frenchPathOf(p.path).lang === lang);
      expect(translated.length, lang).toBeGreaterThan(100);
      // Every translated content page is among the pages checked above.
      expect(
        translated.filter((p) => !isInteractive(p)).every((p) => contentPages.includes(p)),
        lang,
      ).toBe(true);
    }
  });

  it('weigh, map and search included, no more than the map’s budget', () => {
    const interactive = pages.filter((p) => isInteractive(p) && !p.path.startsWith('/admin/'));
    expect(interactive.length).toBe(2 * PUBLISHED_LANGS.length);
    const over = interactive.map((p) => ({ path: p.path, bytes: firstLoad(p) })).filter((w) => w.bytes > INTERACTIVE_BUDGET);
    expect(over.map((w) => `${w.path} : ${kb(w.bytes)}`)).toEqual([]);
  });

  it('say how much more a translated page weighs than its French page', () => {
    const compared: [string, string, (page: BuiltPage) => number][] = [
      ['/carte/', '/ar/carte/', firstLoad],
      ['/dispositifs/micro-lycee-agen/', '/ar/dispositifs/micro-lycee-agen/', weight],
      ['/dispositifs/micro-lycee-agen/', '/uk/dispositifs/micro-lycee-agen/', weight],
    ];
    for (const [french, translated, measure] of compared) {
      const [a, b] = [measure(byPath.get(french)!), measure(byPath.get(translated)!)];
      console.info(`${french} ${kb(a)} · ${translated} ${kb(b)} (${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(0)} %), gzip`);
      expect(b).toBeLessThanOrEqual(measure === firstLoad ? INTERACTIVE_BUDGET : BUDGET);
    }
  });
});
