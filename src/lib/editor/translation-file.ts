/**
 * Writes a language's translation file (content/traductions/<code>.yaml) with
 * every text the translated pages need, in the order of the French: what is
 * translated is kept, what is missing is added with its French and an empty
 * `texte` for the translator to write (`npm run traductions`).
 */
import { Document } from 'yaml';
import { LANGUAGES, type TranslatedLang } from '../../i18n/languages.ts';
import { TRANSLATED_FICHE_FIELDS } from '../../i18n/scope.ts';
import type { FicheTranslation, TranslatedText } from '../../schemas/traduction.ts';

export interface ExistingTranslation {
  interface?: Record<string, TranslatedText>;
  fiches?: Record<string, FicheTranslation>;
}

/** A fiche's fields the family pages show, as in French. */
export type FicheFrench = Record<(typeof TRANSLATED_FICHE_FIELDS)[number], string | string[] | undefined>;

export interface Written {
  text: string;
  /** Texts still to translate. */
  missing: number;
  /** Keys dropped because the French no longer has them. */
  dropped: string[];
}

const pair = (fr: string, given: TranslatedText | undefined): TranslatedText => ({ fr: given?.fr ?? fr, texte: given?.texte ?? '' });

export function translationFile(
  lang: TranslatedLang,
  expected: Map<string, string>,
  fiches: Map<string, FicheFrench>,
  existing: ExistingTranslation,
): Written {
  let missing = 0;
  const count = (text: TranslatedText) => {
    if (text.texte === '') missing++;
    return text;
  };
  const given = existing.interface ?? {};
  const dropped = Object.keys(given).filter((key) => !expected.has(key));
  const ui = Object.fromEntries([...expected].map(([key, fr]) => [key, count(pair(fr, given[key]))]));
  const translatedFiches = Object.fromEntries(
    [...fiches].map(([id, french]) => {
      const old = existing.fiches?.[id] ?? {};
      const fields = TRANSLATED_FICHE_FIELDS.flatMap((field) => {
        const text = french[field];
        if (text === undefined) return [];
        const before = old[field];
        return [
          [
            field,
            Array.isArray(text)
              ? text.map((item, index) => count(pair(item, (before as TranslatedText[] | undefined)?.[index])))
              : count(pair(text, before as TranslatedText | undefined)),
          ],
        ];
      });
      return [id, Object.fromEntries(fields)];
    }),
  );
  for (const id of Object.keys(existing.fiches ?? {})) if (!fiches.has(id)) dropped.push(`fiches.${id}`);

  const document = new Document({ interface: ui, fiches: translatedFiches });
  document.commentBefore = [
    ` Traduction « ${lang} » (${LANGUAGES[lang].name}) des pages pour les familles.`,
    ' Chaque texte : « fr », le texte français traduit, tel quel (il sert à repérer',
    ' un texte français qui a changé depuis) ; « texte », sa traduction.',
    ' Les noms, adresses, téléphones, dates et nombres ne se traduisent pas.',
    ' Mode d’emploi : CONTRIBUTING.md, « Traduire ».',
  ].join('\n');
  // The French of each text, as a translator reads it: one line each, however long.
  return { text: document.toString({ lineWidth: 0 }), missing, dropped };
}
