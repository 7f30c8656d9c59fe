/**
 * The words of a query or of an everyday phrase, as the search compares them
 * (query.ts): lower case, elisions removed, small words marked (stop-words.ts),
 * the spellings of a variant group joined into one token (variants.ts), and a
 * key without accents, plural or verb endings (`stem`): « arrêter », « arrêté »
 * and « arrête » are one word.
 */
import { foldAccents } from '../format/text.ts';
import { STOP_WORDS } from './stop-words.ts';
import { VARIANTS, type VariantGroup } from './variants.ts';

export interface Token {
  /** The word as typed, its elision removed (« école » for « l’école »); the words of a group's spelling (« micro lycee »). */
  typed: string;
  /** What to search for it: the word, or the first spelling of its group (« micro-lycée »). */
  text: string;
  key: string;
  stop: boolean;
  /** The spellings to search, for a word of a variant group. */
  search?: readonly string[];
}

/** « arrêtés » → « arret », « lâcher » → « lach », « plates-formes » → « plat-form »: a key to compare words, never shown. */
export function stem(word: string): string {
  return foldAccents(word.toLowerCase())
    .split('-')
    .map((part) => {
      // « 3e », « 2nde », « 1ère » are names of classes, not words with endings.
      if (/\d/.test(part)) return part;
      if (part.length > 3) part = part.replace(/[sx]$/, '');
      if (part.length > 3) part = part.replace(/(?:ere|ee|er|ez|e)$/, '');
      if (part.length > 3) part = part.replace(/s$/, '');
      return part;
    })
    .join('-');
}

/** Whether a word is one the search ignores (« le », « mon », « à »…). */
export const isStopWord = (word: string) => STOP_WORDS.has(foldAccents(word.toLowerCase()));

const ELISION = /^(?:l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu)'(.+)$/;

/** The words of a text, lower case, elisions removed: « J’ai arrêté l’école » → j… « ai », « arrêté », « école ». */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .map((word) => ELISION.exec(word)?.[1] ?? word)
    .filter(Boolean);
}

/** Spellings of the variant groups by their keys, « micro lyc » → the micro-lycée group. */
const SPELLINGS = new Map<string, VariantGroup>();
for (const group of VARIANTS) {
  for (const spelling of [...group.search, ...group.typed]) SPELLINGS.set(wordsOf(spelling).map(stem).join(' '), group);
}
const LONGEST_SPELLING = Math.max(...[...SPELLINGS.keys()].map((key) => key.split(' ').length));

/** The tokens of a text, the spellings of a variant group joined into one token that stands for the group. */
export function tokenize(text: string): Token[] {
  const words = wordsOf(text);
  const keys = words.map(stem);
  const tokens: Token[] = [];
  for (let i = 0; i < words.length;) {
    let n = Math.min(LONGEST_SPELLING, words.length - i);
    for (; n > 0; n--) {
      const group = SPELLINGS.get(keys.slice(i, i + n).join(' '));
      if (group) {
        const name = group.search[0]!;
        tokens.push({ typed: words.slice(i, i + n).join(' '), text: name, key: stem(name), stop: false, search: group.search });
        break;
      }
    }
    if (n === 0) tokens.push({ typed: words[i]!, text: words[i]!, key: keys[i]!, stop: isStopWord(words[i]!) });
    i += Math.max(n, 1);
  }
  return tokens;
}

/** A text to search for, without the words the search ignores: « droit au retour » → « droit retour ». */
export function searchForm(text: string): string {
  return (
    wordsOf(text)
      .filter((word) => !isStopWord(word))
      .join(' ') || text.trim()
  );
}
