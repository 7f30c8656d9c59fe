/**
 * The translations against the French they translate (content/traductions/):
 * every key the translated pages read is there, nothing else is, and a text
 * whose French has changed since it was translated is pointed out.
 *
 * A language is published when its file exists. Errors stop the build: a
 * missing or unknown interface key, an unknown fiche or field, a language the
 * site does not have. Warnings do not: a fiche text
 * not yet translated, or translated from a French text that has changed since,
 * is shown in French on the translated pages (src/i18n/translations.ts); an
 * interface text whose French changed keeps its translation until it is reviewed.
 */
import { fr } from '../../i18n/fr.ts';
import { LANGUAGES, TRANSLATED_LANGS, isLang, type TranslatedLang } from '../../i18n/languages.ts';
import { isTranslatedKey, TRANSLATED_FICHE_FIELDS } from '../../i18n/scope.ts';
import { DISPOSITIF_TYPES } from '../../lib/dispositif-types.ts';
import type { TranslatedText } from '../../schemas/traduction.ts';
import type { Problem } from './problem.ts';
import type { RawEntry } from './read.ts';
import { entriesOf, type ParsedEntry } from './validate.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The plural forms a language needs for the counts the site shows (whole numbers): « one, few, many, other » in Ukrainian. */
function pluralForms(lang: TranslatedLang): Set<string> {
  const rules = new Intl.PluralRules(LANGUAGES[lang].locale);
  const used = new Set<string>(['other']);
  for (let n = 0; n <= 1000; n++) used.add(rules.select(n));
  return new Set(['zero', 'one', 'two', 'few', 'many', 'other'].filter((form) => used.has(form)));
}

/** The French each key of `lang` translates: the French keys of translated areas, plural forms as the language has them. */
export function expectedKeys(lang: TranslatedLang): Map<string, string> {
  const french = fr as Record<string, string>;
  const expected = new Map<string, string>();
  for (const [key, text] of Object.entries(french)) {
    if (!isTranslatedKey(key)) continue;
    const plural = PLURAL.exec(key);
    if (!plural) expected.set(key, text);
    else if (plural[1] === 'other') {
      const base = key.slice(0, plural.index);
      for (const form of pluralForms(lang)) expected.set(`${base}_${form}`, french[`${base}_${form}`] ?? text);
    }
  }
  return expected;
}

const quote = (text: string) => `« ${text.length > 120 ? `${text.slice(0, 117)}…` : text} »`;

/** `meanwhile`: what the pages show until the translation is reviewed. */
function changed(file: string, line: number | undefined, field: string, [was, now]: [string, string], meanwhile: string): Problem {
  return {
    file,
    line,
    field,
    warning: true,
    message: `le texte français a changé depuis sa traduction. Avant : ${quote(was)} ; maintenant : ${quote(now)}. Revoyez la traduction, puis recopiez le nouveau texte français dans « fr ». En attendant, ${meanwhile}.`,
  };
}

function checkInterface(entry: ParsedEntry<'traductions'>, lang: TranslatedLang): Problem[] {
  const problems: Problem[] = [];
  const expected = expectedKeys(lang);
  const given = entry.parsed.interface;
  const at = (key: string) => entry.lineOf(['interface', key]);
  for (const [key, french] of expected) {
    const translation = given[key];
    if (translation === undefined)
      problems.push({
        file: entry.file,
        line: entry.lineOf(['interface']),
        field: `interface.${key}`,
        message: `texte manquant : ajoutez la clé « ${key} » avec « fr: ${french} » et sa traduction dans « texte ».`,
      });
    else if (translation.fr !== french)
      problems.push(changed(entry.file, at(key), `interface.${key}.fr`, [translation.fr, french], 'les pages gardent cette traduction'));
  }
  for (const key of Object.keys(given))
    if (!expected.has(key))
      problems.push({
        file: entry.file,
        line: at(key),
        field: `interface.${key}`,
        message: PLURAL.test(key)
          ? `forme du pluriel « ${key} » inutile en ${LANGUAGES[lang].name} : supprimez-la (formes attendues : ${[...pluralForms(lang)].join(', ')}).`
          : `la clé « ${key} » n'a pas de texte français lu par les pages traduites (src/i18n/fr.ts, src/i18n/scope.ts) : supprimez-la, ou corrigez son nom.`,
      });
  return problems;
}

/** The fiches the family pages show: the guide's, and those that explain a published dispositif. */
export function familyFiches(entries: readonly ParsedEntry[]): Map<string, ParsedEntry<'fiches'>> {
  const typeFiches = new Set(
    entriesOf(entries, 'dispositifs').map(({ parsed }) => parsed.fiche?.id ?? DISPOSITIF_TYPES[parsed.type].fiche),
  );
  return new Map(
    entriesOf(entries, 'fiches')
      .filter((fiche) => fiche.parsed.orientation !== undefined || typeFiches.has(fiche.id))
      .map((fiche) => [fiche.id, fiche]),
  );
}

function checkFiches(entry: ParsedEntry<'traductions'>, fiches: Map<string, ParsedEntry<'fiches'>>, allFiches: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const translated = entry.parsed.fiches;
  for (const id of Object.keys(translated)) {
    if (!fiches.has(id))
      problems.push({
        file: entry.file,
        line: entry.lineOf(['fiches', id]),
        field: `fiches.${id}`,
        message: allFiches.has(id)
          ? `la fiche « ${id} » n'est pas montrée sur les pages pour les familles : sa traduction ne servirait pas. Supprimez-la.`
          : `la fiche « ${id} » n'existe pas (content/fiches/${id}.md) : corrigez l'identifiant ou supprimez la traduction.`,
      });
  }
  for (const [id, fiche] of fiches) {
    const translation = translated[id];
    for (const field of TRANSLATED_FICHE_FIELDS) {
      const french = fiche.parsed[field];
      const given = translation?.[field];
      const path = ['fiches', id, field];
      const where = `fiches.${id}.${field}`;
      if (french === undefined) continue;
      const pairs: [string, TranslatedText | undefined, (string | number)[]][] = Array.isArray(french)
        ? french.map((text, index) => [text, (given as TranslatedText[] | undefined)?.[index], [...path, index]])
        : [[french, given as TranslatedText | undefined, path]];
      for (const [text, translation, at] of pairs) {
        if (translation === undefined)
          problems.push({
            file: entry.file,
            line: entry.lineOf(at.slice(0, -1)) ?? entry.lineOf(['fiches']),
            field: at.join('.'),
            warning: true,
            message: `pas encore traduit : ${quote(text)} (content/fiches/${id}.md, « ${field} »). La page montre le texte français.`,
          });
        else if (translation.fr !== text)
          problems.push(
            changed(
              entry.file,
              entry.lineOf([...at, 'fr']),
              `${at.join('.')}.fr`,
              [translation.fr, text],
              'la page montre le texte français',
            ),
          );
      }
      if (Array.isArray(french) && Array.isArray(given) && given.length > french.length)
        problems.push({
          file: entry.file,
          line: entry.lineOf([...path, french.length]),
          field: where,
          message: `la fiche n'a que ${french.length} points dans « ${field} » : supprimez les traductions en trop.`,
        });
    }
  }
  return problems;
}

export function translationsAreCurrent(entries: readonly ParsedEntry[], all: readonly RawEntry[]): Problem[] {
  const problems: Problem[] = [];
  const fiches = familyFiches(entries);
  const allFiches = new Set(all.filter((e) => e.collection === 'fiches').map((e) => e.id));
  for (const entry of entriesOf(entries, 'traductions')) {
    if (!isLang(entry.id) || entry.id === 'fr') {
      problems.push({
        file: entry.file,
        message: `« ${entry.id} » n'est pas une langue du site (${TRANSLATED_LANGS.join(', ')}) : nommez le fichier du code de sa langue, ou ajoutez la langue dans src/i18n/languages.ts.`,
      });
      continue;
    }
    problems.push(...checkInterface(entry, entry.id), ...checkFiches(entry, fiches, allFiches));
  }
  return problems;
}
