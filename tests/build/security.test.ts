/**
 * The built site protects its readers: a Content-Security-Policy on every page
 * (no inline code unless hashed), the same policy as a header for hosts that
 * read `_headers`, and links to other sites that neither leak the page nor let
 * the other site reach back (`rel="noopener noreferrer"`).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { headerRules, policiesFor as policiesOf } from '../helpers/headers.ts';
import { DIST } from '../helpers/paths.ts';
import { isExternalHref } from '../../src/lib/security/external-links.ts';
import { SITE_POLICY } from '../../src/lib/security/csp.ts';
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
  it("is in every page's <meta>: default-src 'self', images from the site and the tile host only, no 'unsafe-inline' or 'unsafe-eval' script, no object", () => {
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

  it('lists in script-src the sha256 of every inline script of the page (JSON-LD aside)', () => {
    for (const page of pages) {
      const allowed = directive(policyOf(page), 'script-src');
      for (const script of page.root.querySelectorAll('script:not([src])')) {
        if (script.getAttribute('type') === 'application/ld+json') continue;
        const hash = `'sha256-${createHash('sha256').update(script.rawText).digest('base64')}'`;
        expect(allowed, `${page.path}: ${script.rawText.slice(0, 60)}`).toContain(hash);
      }
    }
  });

  it('comes first in <head>, before any script, style element or stylesheet it governs', () => {
    for (const page of pages) {
      const head = page.root.querySelector('head')!;
      const first = head.querySelector('script, style, link[rel="stylesheet"], meta[http-equiv="content-security-policy"]');
      expect(first?.getAttribute('http-equiv'), page.path).toBe('content-security-policy');
    }
  });

  it("lists in style-src-elem the sha256 of every <style> element, except where 'unsafe-inline' allows them (the editor's CMS)", () => {
    for (const page of pages) {
      const allowed = directive(policyOf(page), 'style-src-elem');
      if (allowed.includes("'unsafe-inline'")) continue;
      for (const style of page.root.querySelectorAll('style')) {
        const hash = `'sha256-${createHash('sha256').update(style.rawText).digest('base64')}'`;
        expect([...allowed, ...directive(policyOf(page), 'style-src')], `${page.path}: ${style.rawText.slice(0, 60)}`).toContain(hash);
      }
    }
  });

  it("sets style-src-attr 'none', and no page but the editor carries a style attribute (badges and markers use classes)", () => {
    for (const page of pages.filter((p) => p.path !== '/admin/')) {
      expect(directive(policyOf(page), 'style-src-attr'), page.path).toEqual(["'none'"]);
      const styled = page.root.querySelectorAll('[style]').map((e) => `<${e.tagName.toLowerCase()} style="${e.getAttribute('style')}">`);
      expect(styled, page.path).toEqual([]);
    }
  });

  describe('in dist/_headers, for hosts that read it', () => {
    const rules = headerRules(DIST);
    const policiesFor = (path: string) => policiesOf(rules, path);

    it('gives each page exactly one policy: its own, with frame-ancestors that a <meta> cannot carry', () => {
      for (const page of pages) {
        const policies = policiesFor(page.path);
        expect(policies, page.path).toHaveLength(1);
        expect(policies[0]![1], page.path).toBe(`${policyOf(page)}; frame-ancestors 'none'`);
      }
    });

    it('gives the site’s policy to every page but the editor, whose relaxations stay on /admin/', () => {
      const site = `${SITE_POLICY}; frame-ancestors 'none'`;
      for (const page of pages.filter((p) => !p.path.startsWith('/admin/'))) expect(policiesFor(page.path)[0]![1], page.path).toBe(site);
      const editor = policiesFor('/admin/')[0]![1];
      expect(editor).not.toBe(site);
      expect(directive(editor, 'style-src-elem')).toContain("'unsafe-inline'");
      expect(directive(editor, 'connect-src')).toContain('https://api.github.com');
      // An address no page has (the host serves 404.html) gets the site's policy or none, never the editor's.
      expect(policiesFor('/nulle-part/').map(([, value]) => value)).not.toContain(editor);
    });

    it('keeps within what Cloudflare Pages reads: 100 rules, lines of 2,000 characters', () => {
      expect(rules.length).toBeLessThanOrEqual(100);
      for (const rule of rules) for (const [name, value] of rule.headers) expect(`  ${name}: ${value}`.length).toBeLessThanOrEqual(2000);
    });

    it('sends the other security headers everywhere, once', () => {
      for (const path of ['/', '/fiches/gpds/', '/admin/', '/nulle-part/'])
        for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'X-Frame-Options']) {
          const values = rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers.filter(([n]) => n === name));
          expect(values, `${path} ${name}`).toHaveLength(1);
        }
    });
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

  it('and so do links that open another window, wherever they lead', () => {
    const missing = pages.flatMap((page) =>
      page.root
        .querySelectorAll('a[target]')
        .filter((a) => !['noopener', 'noreferrer'].every((word) => (a.getAttribute('rel') ?? '').split(/\s+/).includes(word)))
        .map((a) => `${page.path} → ${a.getAttribute('href')}`),
    );
    expect(missing).toEqual([]);
  });
});
