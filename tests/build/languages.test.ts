/**
 * The family pages in every language, as built: each French family page has
 * its page under /<code>/ in each published language, declares its language
 * and direction, says the French text is the one that counts, leads to the
 * same page in the other languages (links and `hreflang` alternates, both
 * ways), shows the published facts exactly as the French page does, and never
 * shows an interface string in French unless it is marked `lang="fr"`.
 */
import { type HTMLElement, type Node, NodeType } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n/dictionaries.ts';
import { fr } from '../../src/i18n/fr.ts';
import { LANGUAGES, type Lang } from '../../src/i18n/languages.ts';
import { PUBLISHED_LANGS } from '../../src/i18n/translations.ts';
import { checkContent } from '../../src/integrations/content-check/index.ts';
import { expectedKeys } from '../../src/integrations/content-check/translations.ts';
import { type BuiltPage, builtPages } from '../helpers/dist.ts';
import { ROOT } from '../helpers/paths.ts';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const TRANSLATED = PUBLISHED_LANGS.filter((lang) => lang !== 'fr');

/** The family pages, by their French path, as the languages issue lists them. */
const FAMILY = [
  /^\/$/,
  /^\/dispositifs\/$/,
  /^\/dispositifs\/[^/]+\/$/,
  /^\/etablissements\/[^/]+\/$/,
  /^\/carte\/$/,
  /^\/quelle-solution\//,
  /^\/recherche\/$/,
];
const isFamily = (path: string) => FAMILY.some((pattern) => pattern.test(path));
const inLang = (lang: Lang, frenchPath: string) => (lang === 'fr' ? frenchPath : `/${lang}${frenchPath}`);
/** « /ar/carte/ » → ar; a French page → fr. */
const langOfPath = (path: string): Lang => TRANSLATED.find((lang) => path.startsWith(`/${lang}/`)) ?? 'fr';
const frenchPathOf = (path: string) => (langOfPath(path) === 'fr' ? path : path.slice(path.indexOf('/', 1)));

const frenchFamily = pages.filter((p) => langOfPath(p.path) === 'fr' && isFamily(p.path)).map((p) => p.path);
const translatedPages = pages.filter((p) => langOfPath(p.path) !== 'fr');
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** A message of the dictionaries as a page shows it: the `[[…]]` link marks taken away. */
const shown = (message: string) => message.replace(/\[\[|\]\]/g, '');
const hrefPath = (href: string, from: string) => new URL(href, `http://site${from}`).pathname;

describe('family pages in every language', () => {
  it('are published in French and each translated language of src/i18n/translations.ts', () => {
    expect(PUBLISHED_LANGS[0]).toBe('fr');
    expect(TRANSLATED.length).toBeGreaterThan(0);
    expect(frenchFamily.length).toBeGreaterThan(100);
    for (const needed of ['/', '/dispositifs/', '/carte/', '/quelle-solution/', '/recherche/']) expect(frenchFamily).toContain(needed);
  });

  it('each have their page in every language', () => {
    const missing = TRANSLATED.flatMap((lang) => frenchFamily.map((path) => inLang(lang, path)).filter((path) => !byPath.has(path)));
    expect(missing).toEqual([]);
    const counts = PUBLISHED_LANGS.map(
      (lang) => `${lang} ${pages.filter((p) => langOfPath(p.path) === lang && isFamily(frenchPathOf(p.path))).length}`,
    );
    console.info(`Pages pour les familles par langue : ${counts.join(', ')}`);
  });

  it('and no translated page exists without its French page', () => {
    expect(translatedPages.map((p) => p.path).filter((path) => !frenchFamily.includes(frenchPathOf(path)))).toEqual([]);
  });
});

describe('the translation files', () => {
  it('translate every interface string and every fiche text of the family pages, from today’s French', () => {
    const { problems, warnings } = checkContent(ROOT);
    // A fiche text whose French changed since its translation is a warning by design (its page shows the French meanwhile);
    // a missing text is not.
    const ofTranslations = [...problems, ...warnings.filter((w) => !w.field?.endsWith('.fr'))].filter((p) =>
      p.file.startsWith('content/traductions/'),
    );
    expect(ofTranslations.map((p) => `${p.file} ${p.field ?? ''} : ${p.message}`)).toEqual([]);
    for (const lang of TRANSLATED) {
      const dictionary = DICTIONARIES[lang] as Record<string, string>;
      const missing = [...expectedKeys(lang).keys()].filter((key) => !dictionary[key]?.trim());
      expect({ lang, missing }).toEqual({ lang, missing: [] });
    }
  });
});

describe('every page of a translated family page', () => {
  it('declares its language and direction on <html>', () => {
    const wrong = pages
      .filter((p) => isFamily(frenchPathOf(p.path)))
      .map((p) => {
        const html = p.root.querySelector('html')!;
        const lang = langOfPath(p.path);
        return { path: p.path, lang: html.getAttribute('lang'), dir: html.getAttribute('dir'), expected: `${lang} ${LANGUAGES[lang].dir}` };
      })
      .filter((p) => `${p.lang} ${p.dir}` !== p.expected);
    expect(wrong).toEqual([]);
    expect(byPath.get('/ar/')!.root.querySelector('html')!.getAttribute('dir')).toBe('rtl');
  });

  it('says that the French text is the one that counts, and links to the French page of the same path', () => {
    for (const page of translatedPages) {
      const lang = langOfPath(page.path);
      const note = page.root.querySelector('main .translation-note');
      expect(note, page.path).toBeTruthy();
      expect(text(note!.text), page.path).toBe(text(shown(DICTIONARIES[lang]['lang.original']!)));
      const link = note!.querySelector('a')!;
      expect(hrefPath(link.getAttribute('href')!, page.path), page.path).toBe(frenchPathOf(page.path));
      expect(link.getAttribute('hreflang'), page.path).toBe('fr');
    }
    expect(pages.filter((p) => langOfPath(p.path) === 'fr' && p.root.querySelector('.translation-note')).map((p) => p.path)).toEqual([]);
  });

  it('has a language switcher leading to the same page in each language, each link with its lang and hreflang', () => {
    for (const page of pages.filter((p) => isFamily(frenchPathOf(p.path)))) {
      const lang = langOfPath(page.path);
      const links = page.root.querySelectorAll('.language-switcher a');
      expect(
        links.map((a) => a.getAttribute('lang')),
        page.path,
      ).toEqual([...PUBLISHED_LANGS]);
      for (const a of links) {
        const code = a.getAttribute('lang') as Lang;
        const target = hrefPath(a.getAttribute('href')!, page.path);
        expect(target, page.path).toBe(inLang(code, frenchPathOf(page.path)));
        expect(byPath.get(target)?.root.querySelector('html')?.getAttribute('lang'), `${page.path} → ${target}`).toBe(code);
        // The current language is marked as such; every other link says which language it leads to.
        if (code === lang) expect(a.getAttribute('aria-current'), page.path).toBe('page');
        else expect(a.getAttribute('hreflang'), `${page.path} → ${target}`).toBe(code);
      }
    }
  });

  it('lists every language and x-default as alternates, and each alternate lists it back', () => {
    const alternatesOf = (page: BuiltPage) =>
      new Map(
        page.root
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname]),
      );
    for (const page of pages.filter((p) => isFamily(frenchPathOf(p.path)))) {
      const alternates = alternatesOf(page);
      const french = frenchPathOf(page.path);
      expect([...alternates.keys()].sort(), page.path).toEqual([...PUBLISHED_LANGS, 'x-default'].sort());
      expect(alternates.get('x-default'), page.path).toBe(french);
      for (const code of PUBLISHED_LANGS) {
        const target = alternates.get(code)!;
        expect(target, page.path).toBe(inLang(code, french));
        const back = byPath.get(target);
        expect(back, `${page.path} → ${target}`).toBeTruthy();
        expect(alternatesOf(back!).get(langOfPath(page.path)), `${target} ↩ ${page.path}`).toBe(page.path);
      }
    }
  });

  it('is the only kind of page with a switcher or alternates: a French-only page has neither', () => {
    const frenchOnly = pages.filter((p) => !isFamily(frenchPathOf(p.path)));
    expect(frenchOnly.map((p) => p.path)).toContain('/fiches/gpds/');
    const offenders = frenchOnly
      .filter((p) => p.root.querySelector('.language-switcher') || p.root.querySelector('link[rel="alternate"][hreflang]'))
      .map((p) => p.path);
    expect(offenders).toEqual([]);
  });
});

/** What a place page publishes, read from its markup, never from words that are translated. */
function facts(page: BuiltPage) {
  const main = page.root.querySelector('main')!;
  const contact = main.querySelector('.contact-box');
  const ages = main.querySelector('section[aria-labelledby="pour-qui"] .lead');
  return {
    name: text(main.querySelector('h1')?.text),
    // « Eysines, Gironde (33) »: the commune, its département and its code, as published.
    commune: text(main.querySelector('article > header .lead')?.text),
    address: (contact?.querySelector('address')?.innerHTML ?? '').split(/<br\s*\/?>/).map((line) => text(line)),
    phones: main.querySelectorAll('a[href^="tel:"]').map((a) => `${text(a.text)} ${a.getAttribute('href')}`),
    emails: main
      .querySelectorAll('a[href^="mailto:"]')
      .filter((a) => !a.closest('.share-links'))
      .map((a) => `${text(a.text)} ${a.getAttribute('href')}`),
    sites: contact?.querySelectorAll('a[href^="http"]').map((a) => a.getAttribute('href')) ?? [],
    dates: main.querySelectorAll('time').map((time) => time.getAttribute('datetime')),
    ages: ages?.text.match(/\d+/g) ?? [],
  };
}

describe('the published facts', () => {
  const placePages = frenchFamily.filter((path) => /^\/(dispositifs|etablissements)\/[^/]+\/$/.test(path));

  it('are found on the place pages (the comparison below is not empty)', () => {
    const all = placePages.map((path) => facts(byPath.get(path)!));
    expect(all.length).toBeGreaterThan(60);
    expect(all.filter((f) => f.phones.length > 0).length).toBeGreaterThan(50);
    expect(all.filter((f) => f.address.join('').length > 0).length).toBeGreaterThan(50);
    expect(all.filter((f) => f.dates.length > 0).length).toBe(all.length);
    expect(all.filter((f) => f.ages.length > 0).length).toBeGreaterThan(2);
    expect(facts(byPath.get('/dispositifs/micro-lycee-agen/')!)).toMatchObject({
      name: "Micro-lycée d'Agen",
      ages: expect.arrayContaining(['17', '25']),
    });
  });

  it('are byte-identical in every language: name, commune, address, phones, e-mails, web sites, dates, ages', () => {
    const differences = placePages.flatMap((path) => {
      const french = facts(byPath.get(path)!);
      return TRANSLATED.map((lang) => ({ path: inLang(lang, path), facts: facts(byPath.get(inLang(lang, path))!) }))
        .filter((translated) => JSON.stringify(translated.facts) !== JSON.stringify(french))
        .map(({ path: translated, facts }) => ({ translated, facts, french }));
    });
    expect(differences).toEqual([]);
  });
});

/** The French messages a translated page must not show unmarked: those its language translates differently. */
function leakDetector(lang: Lang): (shownText: string) => string | undefined {
  const dictionary = DICTIONARIES[lang] as Record<string, string>;
  const patterns = Object.entries(fr as Record<string, string>)
    .filter(([key, message]) => dictionary[key] !== undefined && shown(dictionary[key]) !== shown(message))
    .map(([key, message]) => {
      const french = text(shown(message));
      const fixed = french.replace(/\{\w+\}/g, '');
      // A message made mostly of values (« {commune} ({code}) ») says nothing French by itself.
      if (fixed.replace(/[^\p{L}]/gu, '').length < 4) return undefined;
      const pattern = new RegExp(
        `^${french
          .split(/\{\w+\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+')}$`,
        'u',
      );
      return [key, pattern] as const;
    })
    .filter((entry) => entry !== undefined);
  return (shownText) => patterns.find(([, pattern]) => pattern.test(shownText))?.[0];
}

/** The texts of `element` that no element marked `lang="fr"` (itself or an ancestor) holds. */
function textsOutsideFrench(element: HTMLElement): string[] {
  const outside: string[] = [];
  const visit = (node: Node, inFrench: boolean) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      if (!inFrench && text(node.text)) outside.push(text(node.text));
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const child = node as HTMLElement;
    if (child.getAttribute('aria-hidden') === 'true') return;
    const lang = child.getAttribute('lang');
    for (const grandChild of child.childNodes) visit(grandChild, lang === undefined ? inFrench : lang === 'fr');
  };
  visit(element, element.closest('[lang]')?.getAttribute('lang') === 'fr');
  return outside;
}

const ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt'];

/** Every text, attribute and script message of `root` that is a French interface string, outside an element marked French. */
function frenchLeaks(root: HTMLElement, lang: Lang): string[] {
  const isFrench = leakDetector(lang);
  const dictionary = DICTIONARIES[lang] as Record<string, string>;
  const french = fr as Record<string, string>;
  const leaks: string[] = [];
  const visit = (node: Node, inFrench: boolean) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const key = isFrench(text(node.text));
      if (key && !inFrench) leaks.push(`« ${text(node.text)} » (${key})`);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    // A search filter's value (a kind's short name, an académie's) is the site's own name for it, shown as the badges show it.
    if (element.hasAttribute('data-pagefind-filter')) return;
    const marked = element.getAttribute('lang');
    const french = marked === undefined ? inFrench : marked === 'fr';
    if (!french) {
      const key = element.childNodes.length > 1 ? isFrench(text(element.text)) : undefined;
      if (key) leaks.push(`<${element.tagName.toLowerCase()}> « ${text(element.text)} » (${key})`);
      for (const attribute of ATTRIBUTES) {
        const value = element.getAttribute(attribute);
        const attributeKey = value && isFrench(text(value));
        if (attributeKey) leaks.push(`${attribute}="${value}" (${attributeKey})`);
      }
    }
    for (const child of element.childNodes) visit(child, french);
  };
  visit(root, false);
  // A browser script's messages (`data-messages`) are the page language's.
  for (const element of root.querySelectorAll('[data-messages]')) {
    const messages = JSON.parse(element.getAttribute('data-messages')!) as Record<string, string>;
    for (const [key, message] of Object.entries(messages))
      if (message === french[key] && dictionary[key] !== french[key]) leaks.push(`data-messages ${key}: « ${message} »`);
  }
  return leaks;
}

describe('a translated page', () => {
  it('shows no interface string in French unless it is marked lang="fr"', () => {
    const leaks = translatedPages.flatMap((page) => {
      const lang = langOfPath(page.path);
      return frenchLeaks(page.root.querySelector('body')!, lang).map((leak) => `${page.path}: ${leak}`);
    });
    expect(leaks).toEqual([]);
  });

  it('is checked for leaks by a detector that finds them (the check above is not empty)', () => {
    const french = byPath.get('/carte/')!.root.querySelector('body')!;
    expect(frenchLeaks(french, 'ar').length).toBeGreaterThan(20);
  });

  it('marks the French it shows on purpose as French: kinds’ badges, the formations and their remark, the site’s name, an établissement’s kind', () => {
    const unmarked: string[] = [];
    let checked = 0;
    for (const page of translatedPages) {
      const body = page.root.querySelector('body')!;
      const french = [
        ...body.querySelectorAll('.badge'),
        ...body.querySelectorAll('#formations ~ ul li'),
        ...body.querySelectorAll('#formations ~ .notice'),
        ...body.querySelectorAll('.site-title'),
        // An établissement's kind and status (« lycée professionnel, public ») are written in French in its file.
        ...(page.path.includes('/etablissements/') ? body.querySelectorAll('article > header > .kicker') : []),
      ];
      for (const element of french) {
        checked++;
        const outside = textsOutsideFrench(element);
        if (outside.length > 0) unmarked.push(`${page.path}: ${outside.join(' | ')}`);
      }
    }
    expect(checked).toBeGreaterThan(translatedPages.length);
    expect(unmarked).toEqual([]);
  });

  it('links only to pages that exist, and says hreflang of each link to a page in another language', () => {
    const broken: string[] = [];
    const unmarked: string[] = [];
    let checked = 0;
    for (const page of translatedPages) {
      const lang = langOfPath(page.path);
      for (const a of page.root.querySelectorAll('a[href]')) {
        const raw = a.getAttribute('href')!;
        if (/^(https?:|mailto:|tel:|sms:|geo:)/.test(raw) || raw.startsWith('#')) continue;
        const path = hrefPath(raw, page.path);
        // A file (an open-data download, a document) is checked by links.test.ts.
        if (!path.endsWith('/')) continue;
        checked++;
        const target = byPath.get(path);
        if (!target) {
          broken.push(`${page.path} → ${raw}`);
          continue;
        }
        const targetLang = target.root.querySelector('html')!.getAttribute('lang')!;
        if (targetLang !== lang && a.getAttribute('hreflang') !== targetLang)
          unmarked.push(`${raw} (page en ${targetLang}, hreflang=${a.getAttribute('hreflang') ?? 'absent'}), par ex. depuis ${page.path}`);
      }
    }
    expect(checked).toBeGreaterThan(translatedPages.length * 10);
    expect(broken).toEqual([]);
    // One line per link target, not per page: the same component makes them all.
    const byTarget = new Map<string, string>();
    for (const line of unmarked) {
      const target = line.slice(0, line.indexOf(' par ex.'));
      if (!byTarget.has(target)) byTarget.set(target, line);
    }
    expect([...byTarget.values()]).toEqual([]);
  });
});
