/**
 * Measures of plain French, as the plain-language guides use them (short
 * sentences, an acronym explained at first use): sentences, their length in
 * words, and the acronyms a reader meets before they are spelt out.
 */

/** A French phone number or a postal address number reads as one word. */
const PHONE = /\b\d{2}(?:[ .]\d{2}){4}\b/g;

/**
 * The sentences of a text: cut after « . », « ! », « ? » or « … » followed by a
 * capital, a quote or a digit. A list item, a heading or a label is a sentence of its own.
 */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?…])\s+(?=[«"A-ZÀ-ÖØ-Þ0-9])/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Words of a sentence: « l’école » is one word, « 05 53 47 06 07 » too, « – » none. */
export function words(sentence: string): string[] {
  return sentence
    .replace(PHONE, 'téléphone')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** « MLDS », « UPE2A », « Psy-EN »: two capitals or more, digits allowed after the first letter, parts joined by hyphens. */
const ACRONYM = /(?<![\p{L}\p{N}-])(?:[\p{L}\d]+-)*\p{Lu}[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*(?:-[\p{L}\d]+)*(?![\p{L}\p{N}-])/gu;

/**
 * The acronyms of a text, read in order, whose first use is not spelt out next
 * to them, as « plate-forme de suivi et d’appui aux décrocheurs (PSAD) » or
 * « PSAD (plate-forme …) » are. `known` are those already explained earlier on the page.
 */
export function unexplainedAcronyms(text: string, known = new Set<string>()): string[] {
  const unexplained: string[] = [];
  for (const match of text.matchAll(ACRONYM)) {
    const acronym = match[0];
    if (known.has(acronym)) continue;
    known.add(acronym);
    const before = text.slice(0, match.index).trimEnd();
    const after = text.slice(match.index + acronym.length).trimStart();
    const spelt = (before.endsWith('(') && after.startsWith(')')) || after.startsWith('(');
    if (!spelt) unexplained.push(acronym);
  }
  return unexplained;
}

export interface Figures {
  sentences: number;
  averageWords: number;
  longest: { words: number; sentence: string };
}

export function figures(all: readonly string[]): Figures {
  const lengths = all.map((s) => words(s).length);
  const longest = all.reduce((a, b) => (words(b).length > words(a).length ? b : a), '');
  return {
    sentences: all.length,
    averageWords: Math.round((lengths.reduce((a, b) => a + b, 0) / Math.max(1, all.length)) * 10) / 10,
    longest: { words: words(longest).length, sentence: longest },
  };
}
