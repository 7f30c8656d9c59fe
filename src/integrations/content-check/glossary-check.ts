/**
 * Every acronym the content uses has a glossary entry, so that pages can expand
 * it (WCAG 3.1.4). A word in capitals is not always an acronym: « ATTENTION »
 * is emphasis. Only a word that no French dictionary holds, and that is no
 * Roman numeral, is asked for: the glossary could define it.
 */
import { createRequire } from 'node:module';
import { acronymsIn, proseOf } from '../../lib/search/acronyms.ts';
import type { Problem } from './problem.ts';
import type { RawEntry } from './read.ts';
import { fieldName } from './validate.ts';

/** « École » and « ECOLE » alike: capitals often drop their accents. */
const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

let frenchWords: Set<string> | undefined;

/** True for a word of the French dictionary (an-array-of-french-words, 336,000 forms), read once and only when needed. */
function isFrenchWord(word: string): boolean {
  frenchWords ??= new Set((createRequire(import.meta.url)('an-array-of-french-words') as string[]).map(plain));
  return frenchWords.has(plain(word));
}

const ROMAN_NUMERAL = /^(?=[MDCLXVI])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;

/** True when a word in capitals is an acronym the glossary should define. */
export function needsDefinition(word: string): boolean {
  return !ROMAN_NUMERAL.test(word) && !isFrenchWord(word);
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The check: one message per acronym and file, at its first use. */
export function acronymsAreDefined(all: readonly RawEntry[], unreadable: ReadonlySet<string>): Problem[] {
  // An unreadable glossary would make every acronym look undefined: its own error is enough.
  if (unreadable.has('glossaire')) return [];
  const defined = new Set(all.filter((e) => e.collection === 'glossaire').map((e) => e.id));
  const problems: Problem[] = [];
  // Translations repeat French texts already checked where they are written (fiches, src/i18n/fr.ts).
  for (const entry of all.filter((e) => e.collection !== 'traductions')) {
    const reported = new Set<string>();
    const report = (sigle: string, line: number | undefined, field?: string) => {
      if (defined.has(sigle) || reported.has(sigle) || !needsDefinition(sigle)) return;
      reported.add(sigle);
      problems.push({
        file: entry.file,
        line,
        field,
        message: `le sigle « ${sigle} » n'est pas dans le glossaire : ajoutez dans content/glossaire.yaml une entrée « ${sigle}: » avec sa définition. Si c'est un mot écrit en capitales pour insister, écrivez-le en minuscules (ou en gras, **ainsi**).`,
      });
    };
    // The raw data, so that a fiche's `sigle` counts and an invalid file is checked too.
    for (const { path, text } of proseOf(entry.data))
      for (const { sigle } of acronymsIn(text)) report(sigle, entry.lineOf(path), fieldName(entry, path));
    const body = entry.body ?? '';
    for (const { sigle, offset } of acronymsIn(body)) report(sigle, lineAt(body, offset) + (entry.bodyLine ?? 1) - 1);
  }
  return problems;
}
