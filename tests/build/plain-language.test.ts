/**
 * The texts a family reads, as built, follow plain-language rules (issue #14 §4):
 * the home page's block for families, « Trouver une solution », every page of the
 * guide, and on each place page « Ce que c’est », its own presentation, « Pour
 * qui ? » and « Comment y entrer ? ». Average sentence of 15 words at most, none
 * over 25, every acronym spelt out at its first use on the page. The figures are
 * printed for the notes.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from '../helpers/dist.ts';
import { figures, sentences, unexplainedAcronyms, words } from '../helpers/plain-language.ts';

const BLOCK = /<\/?(?:p|li|h[1-6]|dt|dd|div|section|ul|ol|dl|br|nav)\b[^>]*>/g;

/**
 * What a reader does not read as prose: an address or a contact's name is written as
 * the documents give it, a badge repeats the heading beside it, hidden words are for the search.
 */
const NOT_PROSE = 'address, [hidden], [aria-hidden="true"], .badge';

/** The sentences of some elements: a paragraph, an item, a heading ends a sentence. */
function textOf(elements: readonly HTMLElement[]): string[] {
  return elements.flatMap((element) => {
    const copy = parse(element.outerHTML);
    for (const skipped of copy.querySelectorAll(NOT_PROSE)) skipped.remove();
    return copy.innerHTML
      .replace(BLOCK, '\n\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;/g, '’')
      .replace(/&nbsp;|&#160;/g, ' ')
      .replace(/&amp;/g, '&')
      .split(/\n\s*\n/)
      .flatMap((block) => sentences(block));
  });
}

/** On a place page: from « Ce que c’est » to « Comment y entrer ? », the place's own text included. */
function placeBlocks(page: BuiltPage): HTMLElement[] {
  const first = page.root.querySelector('section[aria-labelledby="quoi"]') ?? page.root.querySelector('section[aria-labelledby="pour-qui"]');
  const siblings = (first?.parentNode?.childNodes ?? []).filter((n): n is HTMLElement => n.nodeType === 1);
  const start = siblings.indexOf(first!);
  const end = siblings.findIndex((n) => n.getAttribute('aria-labelledby') === 'entrer');
  return start < 0 ? [] : siblings.slice(start, end + 1);
}

function familyBlocks(page: BuiltPage): HTMLElement[] {
  if (page.path === '/') return page.root.querySelectorAll('.audience').slice(0, 1);
  if (page.path === '/dispositifs/')
    return page.root.querySelectorAll('main > h1, main > p, main > section > h2, main > section > p');
  if (page.path.startsWith('/quelle-solution/')) return page.root.querySelectorAll('main');
  if (/^\/dispositifs\/[^/]+\/$/.test(page.path)) return placeBlocks(page);
  return [];
}

const measured = builtPages()
  .map((page) => ({ page, text: textOf(familyBlocks(page)) }))
  .filter(({ text }) => text.length > 0);
const all = measured.flatMap(({ text }) => text);

/** Quoted words (« 2 av. de l’université - BP 73 ») are the document's own: an address keeps its BP. */
const unquoted = (text: string) => text.replace(/«[^»]*»/g, '« … »');

describe('the texts a family reads', () => {
  const { sentences: count, averageWords, longest } = figures(all);
  console.log(
    `Français clair : ${measured.length} pages, ${count} phrases, ${averageWords} mots par phrase en moyenne, ` +
      `la plus longue ${longest.words} mots (« ${longest.sentence} »).`,
  );

  it('covers the home page, « Trouver une solution », the guide and every place page', () => {
    const paths = measured.map(({ page }) => page.path);
    expect(paths).toContain('/');
    expect(paths).toContain('/dispositifs/');
    expect(paths.filter((p) => p.startsWith('/quelle-solution/')).length).toBeGreaterThan(10);
    expect(paths.filter((p) => /^\/dispositifs\/[^/]+\/$/.test(p)).length).toBeGreaterThan(40);
  });

  it('has sentences of 15 words on average', () => {
    expect(averageWords).toBeLessThanOrEqual(15);
  });

  it('has no sentence over 25 words', () => {
    const long = [...new Set(all.filter((s) => words(s).length > 25))];
    expect(long).toEqual([]);
  });

  it('spells out every acronym at its first use on the page', () => {
    const unexplained = measured.flatMap(({ page, text }) => {
      const found = unexplainedAcronyms(unquoted(text.join(' ')));
      return found.length > 0 ? [`${page.path} : ${found.join(', ')}`] : [];
    });
    expect(unexplained).toEqual([]);
  });
});
