/**
 * The e-mail versions of the bulletins and lettres (issue #16), on a fixture site
 * (tests/helpers/email-site.ts): `courriel.html` is valid HTML that carries its
 * presentation in style attributes, runs and fetches nothing but images, and
 * links only to absolute addresses; `courriel.txt` says the same in lines a mail
 * program does not cut, every link written out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_POLICY, SITE_POLICY } from '../../src/lib/security/csp.ts';
import { BULLETINS, SITE_ROOT, UNSUBSCRIBE_LIMOGES, buildEmailSite, emailPages } from '../helpers/email-site.ts';
import type { FixtureSite } from '../helpers/fixture-site.ts';
import { headerRules, policiesFor } from '../helpers/headers.ts';
import { ROOT } from '../helpers/paths.ts';

/**
 * The project's rules (.htmlvalidate.json, tests/build/html-valide.test.ts) but two:
 * - `no-inline-style` off: mail programs keep style attributes and drop stylesheets;
 * - `presentation-role-style` off: `role="none"` and `role="presentation"` mean the
 *   same, and e-mail practice writes the older one, which every screen reader knows.
 */
const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate({ ...config, rules: { ...config.rules, 'no-inline-style': 'off', 'presentation-role-style': 'off' } });

let site: FixtureSite;
beforeAll(() => {
  site = buildEmailSite();
}, 240_000);
afterAll(() => site?.cleanUp());

const pagesWithEmail = () => emailPages(site.dist);
const bulletin = (id: string) => `semaine/bulletins/${id}`;
const html = (page: string) => readFileSync(join(site.dist, page, 'courriel.html'), 'utf8');
const text = (page: string) => readFileSync(join(site.dist, page, 'courriel.txt'), 'utf8');
const dom = (page: string): HTMLElement => parse(html(page));
const words = (element: HTMLElement | null | undefined) => element?.text.replace(/\s+/g, ' ').trim() ?? '';

describe('the e-mail version of a bulletin or a lettre (courriel.html)', () => {
  it('exists next to every bulletin page (and lettre page), with its text version', () => {
    expect(pagesWithEmail()).toEqual(expect.arrayContaining(BULLETINS.map(bulletin)));
    for (const page of pagesWithEmail()) {
      expect(existsSync(join(site.dist, page, 'courriel.html')), page).toBe(true);
      expect(existsSync(join(site.dist, page, 'courriel.txt')), page).toBe(true);
    }
  });

  it('is valid HTML', async () => {
    for (const page of pagesWithEmail()) {
      const report = await validator.validateString(html(page), `${page}/courriel.html`);
      const errors = report.results.flatMap(({ messages }) => messages.map((m) => `${m.line}:${m.column} ${m.ruleId} — ${m.message}`));
      expect(errors, page).toEqual([]);
    }
  });

  it('is a French document, 600 px wide at most, laid out with presentation tables', () => {
    const root = dom(bulletin('2031-02-04-bordeaux'));
    expect(html(bulletin('2031-02-04-bordeaux'))).toMatch(/^<!DOCTYPE html>/);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('fr');
    expect(root.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    const tables = root.querySelectorAll('table');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table.getAttribute('role')).toBe('presentation');
    expect(root.querySelector('table.container')?.getAttribute('style')).toMatch(/max-width: 600px/);
    expect(root.querySelectorAll('table').map((t) => t.getAttribute('style'))).not.toContainEqual(expect.stringMatching(/(^|[ ;])width:/));
  });

  it('has no script, no stylesheet and no <style>: its presentation is in style attributes', () => {
    for (const page of pagesWithEmail()) {
      const root = dom(page);
      expect(root.querySelectorAll('script, style, link, iframe, object, embed, form'), page).toHaveLength(0);
      expect(html(page), page).not.toMatch(/\son[a-z]+=/i);
      for (const selector of ['body', 'table.container', 'h1', 'p', 'a', 'li'])
        for (const element of root.querySelectorAll(selector)) expect(element.getAttribute('style'), `${page} ${selector}`).toBeTruthy();
      for (const selector of ['body', 'h1', 'p'])
        expect(root.querySelector(selector)?.getAttribute('style'), selector).toMatch(/font-size: \d+px/);
    }
  });

  it('links only to absolute addresses (https: or mailto:) and gives each image an alternative text', () => {
    for (const page of pagesWithEmail()) {
      const root = dom(page);
      for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href'), page).toMatch(/^(https:\/\/|mailto:)/);
      for (const img of root.querySelectorAll('img')) {
        expect(img.getAttribute('src'), page).toMatch(/^https:\/\//);
        expect(img.getAttribute('alt')?.trim(), page).toBeTruthy();
      }
    }
  });

  it('resolves the body’s addresses from the site’s address and base path', () => {
    const root = dom(bulletin('2031-02-04-bordeaux'));
    const hrefs = root.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        `${SITE_ROOT}fiches/gpds/`,
        `${SITE_ROOT}semaine/bulletins/2031-02-04-bordeaux/#suite`,
        'https://example.org/page',
        `${SITE_ROOT}semaine/actions/journee-fictive-perigueux/`,
        'mailto:service-fictif@example.org',
        'https://example.org/perseverance?annee=2031&jour=2',
        `${SITE_ROOT}semaine/2031/`,
        `${SITE_ROOT}semaine/bulletins/2031-02-04-bordeaux/`,
      ]),
    );
    expect(root.querySelector('img')?.getAttribute('src')).toBe(`${SITE_ROOT}images/contenu/affiche-fictive.svg`);
    expect(root.querySelector('img')?.getAttribute('alt')).toBe('Une affiche fictive de la Semaine');
  });

  it('shows what the contributor wrote as text, never as markup', () => {
    const source = html(bulletin('2031-02-04-bordeaux'));
    expect(source).toContain('Écrire au service « fictif » &lt;test&gt; &amp; &quot;guillemets&quot;');
    expect(source).toContain('3 &lt; 5 &amp; 7 &gt; 6');
    expect(source).not.toContain('<test>');
  });

  it('names its académie and says how to stop receiving it: the académie’s sentence, or the default one', () => {
    const bordeaux = words(dom(bulletin('2031-02-04-bordeaux')).querySelector('.footer'));
    expect(bordeaux).toContain('Académie de Bordeaux');
    expect(bordeaux).toContain('Pour ne plus le recevoir, répondez à son expéditeur');
    const limoges = words(dom(bulletin('2031-02-05-limoges')).querySelector('.footer'));
    expect(limoges).toContain('Académie de Limoges');
    expect(limoges).toContain(UNSUBSCRIBE_LIMOGES);
    expect(limoges).not.toContain('répondez à son expéditeur');
  });

  it('has the sections of its bulletin page, in the same order, each action placed as the page places it', () => {
    const root = dom(bulletin('2031-02-04-bordeaux'));
    const page = parse(readFileSync(join(site.dist, bulletin('2031-02-04-bordeaux'), 'index.html'), 'utf8')).querySelector('main')!;
    expect(words(root.querySelector('h1'))).toBe('Bulletin du 4 février 2031 — Académie de Bordeaux');
    expect(root.querySelectorAll('h2').map(words)).toEqual(page.querySelectorAll('article h2').map(words));
    expect(root.querySelectorAll('h2').map(words)).toEqual([
      'Un intertitre fictif',
      'Quelques actions de la région académique',
      'Zoom du jour',
      'Ressources en ligne',
    ]);
    expect(words(root.querySelector('li .item-line'))).toBe(words(page.querySelector('.bulletin-actions__place')));
    expect(words(root.querySelector('li .item-line'))).toBe('Collège fictif, Périgueux — Dordogne (24)');
  });

  it('is served with its own policy by hosts that read _headers, and its page keeps the site’s', () => {
    const rules = headerRules(site.dist);
    for (const page of pagesWithEmail()) {
      expect(
        policiesFor(rules, `/${page}/courriel.html`).map(([, v]) => v),
        page,
      ).toEqual([`${EMAIL_POLICY}; frame-ancestors 'none'`]);
      expect(dom(page).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'), page).toBe(EMAIL_POLICY);
      expect(
        policiesFor(rules, `/${page}/`).map(([, v]) => v),
        page,
      ).toEqual([`${SITE_POLICY}; frame-ancestors 'none'`]);
    }
    for (const path of ['/semaine/', '/semaine/2031/', '/semaine/actions/journee-fictive-perigueux/', '/fiches/gpds/'])
      expect(
        policiesFor(rules, path).map(([, v]) => v),
        path,
      ).toEqual([`${SITE_POLICY}; frame-ancestors 'none'`]);
  });

  it('is a message, not a page of the site: neither in the sitemap nor in the search', () => {
    const sitemap = readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('semaine/bulletins/2031-02-04-bordeaux/');
    expect(sitemap).not.toContain('courriel');
    expect(html(bulletin('2031-02-04-bordeaux'))).not.toContain('data-pagefind');
  });
});

describe('the text version of a bulletin or a lettre (courriel.txt)', () => {
  it('keeps its lines within 72 characters, but for an address too long to cut', () => {
    for (const page of pagesWithEmail())
      for (const line of text(page).split('\n')) if ([...line].length > 72) expect(line.trim(), `${page}: ${line}`).toMatch(/^<[^ ]+>$/);
  });

  it('writes out every link of the e-mail version', () => {
    for (const page of pagesWithEmail()) {
      const links = dom(page)
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href')!.replace(/^mailto:/, ''));
      for (const href of links) expect(text(page), `${page}: ${href}`).toContain(`<${href}>`);
    }
  });

  it('underlines its title and headings, and shows what the contributor wrote as it is', () => {
    const lines = text(bulletin('2031-02-04-bordeaux')).split('\n');
    const title = lines.indexOf('Bulletin du 4 février 2031 — Académie de Bordeaux');
    expect(lines[title + 1]).toMatch(/^=+$/);
    expect(lines[title + 1]).toHaveLength(lines[title]!.length);
    expect(lines[lines.indexOf('Zoom du jour') + 1]).toBe('-'.repeat('Zoom du jour'.length));
    expect(text(bulletin('2031-02-04-bordeaux'))).toContain('Écrire au service « fictif » <test> & "guillemets"');
    expect(text(bulletin('2031-02-04-bordeaux'))).toContain('[image : Une affiche fictive de la Semaine]');
    expect(text(bulletin('2031-02-05-limoges'))).toContain('Académie de Limoges');
  });
});
