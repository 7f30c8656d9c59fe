/**
 * The built site protects its readers: a Content-Security-Policy on every page
 * (no inline code unless hashed), the same policy as a header for hosts that
 * read `_headers`, and links to other sites that neither leak the page nor let
 * the other site reach back (`rel="noopener noreferrer"`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { DIST } from '../helpers/paths.ts';
import { isExternalHref } from '../../src/lib/html-safety.ts';
import { SITE } from '../../src/site.config.ts';

const pages = builtPages();
const policyOf = (page: (typeof pages)[number]) =>
  page.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];

describe('Content-Security-Policy', () => {
  it('is in every page, allows the site and the tile host only, and no inline script', () => {
    const tiles = new URL(SITE.tiles.url).origin;
    for (const page of pages) {
      const policy = policyOf(page);
      expect(policy, page.path).toContain("default-src 'self'");
      // The editors' CMS (/admin/) previews images as blob: URLs (src/pages/admin/index.astro).
      const images = page.path === '/admin/' ? ["'self'", 'data:', tiles, 'blob:'] : ["'self'", 'data:', tiles];
      expect(directive(policy, 'img-src'), page.path).toEqual(images);
      expect(directive(policy, 'script-src'), page.path).not.toContain("'unsafe-inline'");
      expect(directive(policy, 'script-src'), page.path).not.toContain("'unsafe-eval'");
      expect(directive(policy, 'object-src'), page.path).toEqual(["'none'"]);
    }
  });

  it('hashes every inline script of a page', () => {
    for (const page of pages) {
      const allowed = directive(policyOf(page), 'script-src');
      for (const script of page.root.querySelectorAll('script:not([src])')) {
        if (script.getAttribute('type') === 'application/ld+json') continue;
        const hash = `'sha256-${createHash('sha256').update(script.rawText).digest('base64')}'`;
        expect(allowed, `${page.path}: ${script.rawText.slice(0, 60)}`).toContain(hash);
      }
    }
  });

  it('is written before anything it governs', () => {
    for (const page of pages) {
      const head = page.root.querySelector('head')!;
      const first = head.querySelector('script, style, link[rel="stylesheet"], meta[http-equiv="content-security-policy"]');
      expect(first?.getAttribute('http-equiv'), page.path).toBe('content-security-policy');
    }
  });

  it('finds no inline style element outside the editor, whose CMS needs them', () => {
    for (const page of pages) {
      const allowed = directive(policyOf(page), 'style-src-elem');
      if (allowed.includes("'unsafe-inline'")) continue;
      for (const style of page.root.querySelectorAll('style')) {
        const hash = `'sha256-${createHash('sha256').update(style.rawText).digest('base64')}'`;
        expect([...allowed, ...directive(policyOf(page), 'style-src')], `${page.path}: ${style.rawText.slice(0, 60)}`).toContain(hash);
      }
    }
  });

  it('is also written to dist/_headers, with frame-ancestors that a <meta> cannot carry', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers.startsWith('/*\n')).toBe(true);
    const policy = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    for (const page of pages.slice(0, 20))
      for (const hash of directive(policyOf(page), 'script-src')) expect(directive(policy, 'script-src')).toContain(hash);
  });
});

describe('links to other sites', () => {
  it('carry rel="noopener noreferrer", in Markdown bodies and in components alike', () => {
    const missing: string[] = [];
    let external = 0;
    for (const page of pages) {
      const site = page.root.querySelector('link[rel=canonical]')?.getAttribute('href') ?? 'http://localhost:4321/';
      for (const a of page.root.querySelectorAll('a[href]')) {
        if (!isExternalHref(a.getAttribute('href') ?? '', site)) continue;
        external++;
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) missing.push(`${page.path} → ${a.getAttribute('href')}`);
      }
    }
    expect(external).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
