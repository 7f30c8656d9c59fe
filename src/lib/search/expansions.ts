/**
 * Words a page should be found by although it does not write them, appended
 * (hidden) to its search entry by src/layouts/Base.astro as it renders, for scripts/search-index.ts:
 * - acronyms and their expansions, from the glossary: « GPDS » finds the pages
 *   that spell out « groupe de prévention du décrochage scolaire », and back;
 * - the forms of one word family that French stemming does not join
 *   (« décrocheurs » and « décrochage »).
 * One table for the whole site, so nobody lists synonyms page by page.
 */
import { findAcronyms } from './acronyms.ts';
import { normalizeName } from '../format/text.ts';

/** A phrase to look for in a normalised text: the phrase padded with spaces, and its words. */
interface Phrase {
  key: string;
  words: string[];
}
const phrase = (text: string): Phrase => {
  const normal = normalizeName(text);
  return { key: ` ${normal} `, words: normal.split(' ') };
};

/** A text normalised once, with the set of its words: most phrases are ruled out by a word lookup, not a scan. */
interface NormalisedText {
  padded: string;
  words: ReadonlySet<string>;
}
function normalise(text: string): NormalisedText {
  const normal = normalizeName(text);
  return { padded: ` ${normal} `, words: new Set(normal.split(' ')) };
}
const contains = (text: NormalisedText, { key, words }: Phrase) => words.every((w) => text.words.has(w)) && text.padded.includes(key);

/** The glossary prepared once for many pages: each expansion normalised a single time. */
export function prepareGlossary(glossary: ReadonlyMap<string, string>): ({ sigle: string; definition: string } & Phrase)[] {
  return [...glossary].map(([sigle, definition]) => ({ sigle, definition, ...phrase(definition) }));
}

/** The words to add to a page's index entry, « GPDS : groupe de prévention du décrochage scolaire. », one per acronym concerned. */
export function expansionsFor(
  text: string,
  glossary: ReadonlyMap<string, string> | ReturnType<typeof prepareGlossary>,
  normalised = normalise(text),
): string[] {
  const entries = glossary instanceof Map ? prepareGlossary(glossary) : (glossary as ReturnType<typeof prepareGlossary>);
  const used = findAcronyms(text);
  return entries
    .filter((entry) => used.has(entry.sigle) || contains(normalised, entry))
    .map(({ sigle, definition }) => `${sigle} : ${definition}.`);
}

/** Every word to add to a page's index entry: acronyms and expansions, then word families. */
export function searchWordsFor(text: string, glossary: ReturnType<typeof prepareGlossary>): string[] {
  const normalised = normalise(text);
  return [...expansionsFor(text, glossary, normalised), ...familyWordsFor(text, normalised)];
}

/**
 * Families of words that readers use for one another and that the French stemmer
 * keeps apart. Add a family when a real search misses a page because of it.
 */
export const WORD_FAMILIES: readonly (readonly string[])[] = [
  ['décrochage', 'décrocheur', 'décrocheurs', 'décrocheuse', 'décrocher', 'décroché', 'décrochés'],
  ['raccrochage', 'raccrocher', 'raccroché', 'raccrochés'],
  ['persévérance', 'persévérer', 'persévérant', 'persévérants'],
  ['remédiation', 'remédier'],
  ['allophone', 'allophones', 'primo-arrivant', 'primo-arrivants'],
  ['apprentissage', 'apprenti', 'apprentis', 'apprentie'],
];

const FAMILY_PHRASES = WORD_FAMILIES.map((family) => family.map((word) => ({ word, ...phrase(word) })));

/** The members of a family that the page does not write, for each family it does. */
export function familyWordsFor(text: string, normalised = normalise(text)): string[] {
  return FAMILY_PHRASES.flatMap((family) =>
    family.some((member) => contains(normalised, member))
      ? family.filter((member) => !contains(normalised, member)).map(({ word }) => word)
      : [],
  );
}

const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The opening and closing tags of an element name, one expression per name for the whole build. */
const TAGS = new Map<string, RegExp>();

/** Where the element opened just before `from` ends: after its matching end tag (Astro's output is well formed). */
function endOf(html: string, name: string, from: number): number {
  if (VOID_ELEMENTS.has(name)) return from;
  let tag = TAGS.get(name);
  if (!tag) TAGS.set(name, (tag = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g')));
  tag.lastIndex = from;
  for (let depth = 1, m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return tag.lastIndex;
  }
  return html.length;
}

/** `html` without the elements marked `data-pagefind-ignore` and what they hold, as Pagefind reads it. */
export function withoutIgnored(html: string): string {
  const IGNORED = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/g;
  let kept = '';
  let from = 0;
  for (let open = IGNORED.exec(html); open; open = IGNORED.exec(html)) {
    kept += html.slice(from, open.index);
    from = IGNORED.lastIndex = endOf(html, open[1]!, IGNORED.lastIndex);
  }
  return kept + html.slice(from);
}

/**
 * The words a page should also be found by, given what its `<main>` holds as
 * rendered (src/layouts/Base.astro): its text as Pagefind reads it, tags removed.
 */
export function searchWordsOf(html: string, glossary: ReturnType<typeof prepareGlossary>): string[] {
  const text = withoutIgnored(html)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
  return searchWordsFor(text, glossary);
}
