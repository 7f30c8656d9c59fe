/**
 * Words a page should be found by although it does not write them, appended
 * (hidden) to its search entry by src/integrations/search-index.ts:
 * - acronyms and their expansions, from the glossary: « GPDS » finds the pages
 *   that spell out « groupe de prévention du décrochage scolaire », and back;
 * - the forms of one word family that French stemming does not join
 *   (« décrocheurs » and « décrochage »).
 * One table for the whole site, so nobody lists synonyms page by page.
 */
import { findAcronyms } from './acronyms.ts';
import { normalizeName } from './text.ts';

/** The glossary prepared once for many pages: each expansion normalised a single time. */
export function prepareGlossary(glossary: ReadonlyMap<string, string>): { sigle: string; definition: string; key: string }[] {
  return [...glossary].map(([sigle, definition]) => ({ sigle, definition, key: ` ${normalizeName(definition)} ` }));
}

/** The words to add to a page's index entry, « GPDS : groupe de prévention du décrochage scolaire. », one per acronym concerned. */
export function expansionsFor(
  text: string,
  glossary: ReadonlyMap<string, string> | ReturnType<typeof prepareGlossary>,
  normalised = ` ${normalizeName(text)} `,
): string[] {
  const entries = glossary instanceof Map ? prepareGlossary(glossary) : (glossary as ReturnType<typeof prepareGlossary>);
  const used = findAcronyms(text);
  return entries
    .filter(({ sigle, key }) => used.has(sigle) || normalised.includes(key))
    .map(({ sigle, definition }) => `${sigle} : ${definition}.`);
}

/** Every word to add to a page's index entry: acronyms and expansions, then word families. */
export function searchWordsFor(text: string, glossary: ReturnType<typeof prepareGlossary>): string[] {
  const normalised = ` ${normalizeName(text)} `;
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

const FAMILY_KEYS = WORD_FAMILIES.map((family) => family.map((word) => ({ word, key: ` ${normalizeName(word)} ` })));

/** The members of a family that the page does not write, for each family it does. */
export function familyWordsFor(text: string, normalised = ` ${normalizeName(text)} `): string[] {
  return FAMILY_KEYS.flatMap((family) =>
    family.some(({ key }) => normalised.includes(key)) ? family.filter(({ key }) => !normalised.includes(key)).map(({ word }) => word) : [],
  );
}

/** The indexed part of a page, tags removed: enough to find acronyms and phrases. */
function indexedText(html: string): string {
  const main = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  return main.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
}

/**
 * Appends to a page indexed for search a hidden paragraph with the words it
 * should also be found by. Hidden to everyone (`hidden`), read by the indexer only.
 */
export function addSearchWords(html: string, glossary: ReturnType<typeof prepareGlossary>): string {
  if (!html.includes('data-pagefind-body')) return html;
  const words = searchWordsFor(indexedText(html), glossary);
  return words.length > 0 ? html.replace('</main>', `<p hidden data-pagefind-weight="0.5">${words.join(' ')}</p></main>`) : html;
}
