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

/** The words to add to a page's index entry, « GPDS : groupe de prévention du décrochage scolaire. », one per acronym concerned. */
export function expansionsFor(text: string, glossary: ReadonlyMap<string, string>): string[] {
  const used = findAcronyms(text);
  const normalised = ` ${normalizeName(text)} `;
  const lines: string[] = [];
  for (const [sigle, definition] of glossary) {
    const spelledOut = normalised.includes(` ${normalizeName(definition)} `);
    if (used.has(sigle) || spelledOut) lines.push(`${sigle} : ${definition}.`);
  }
  return lines;
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

/** The members of a family that the page does not write, for each family it does. */
export function familyWordsFor(text: string): string[] {
  const normalised = ` ${normalizeName(text)} `;
  const written = (word: string) => normalised.includes(` ${normalizeName(word)} `);
  return WORD_FAMILIES.flatMap((family) => (family.some(written) ? family.filter((word) => !written(word)) : []));
}
