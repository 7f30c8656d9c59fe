/**
 * The translations, read from content/traductions/<code>.yaml (one file per
 * language, checked with the rest of the content before anything is built:
 * src/integrations/content-check/translations.ts). They give each language its
 * interface dictionary and, for the fiches the family pages explain solutions
 * with, the translated fields.
 *
 * A fiche text whose French changed since it was translated, or that has no
 * translation yet, is shown in French (marked `lang="fr"`): a page never shows
 * a translation of a French text that is no longer the published one.
 */
import { load } from 'js-yaml';
import type { FicheTranslation, TranslatedText } from '../schemas/traduction.ts';
import { DEFAULT_LANG, TRANSLATED_LANGS, isLang, type Lang, type TranslatedLang } from './languages.ts';
import { TRANSLATED_FICHE_FIELDS, type TranslatedFicheField } from './scope.ts';

export interface TranslationFile {
  interface: Record<string, TranslatedText>;
  fiches?: Record<string, FicheTranslation>;
}

// Vite reads the files when it bundles this module; the content checker has read them first.
const files = import.meta.glob<string>('/content/traductions/*.yaml', { query: '?raw', import: 'default', eager: true });

/** Each language's translation file, by language code. */
export const TRANSLATIONS: Partial<Record<TranslatedLang, TranslationFile>> = Object.fromEntries(
  Object.entries(files).flatMap(([path, text]) => {
    const code = path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length);
    return isLang(code) && code !== DEFAULT_LANG ? [[code, (load(text) ?? { interface: {} }) as TranslationFile]] : [];
  }),
);

/** The languages the site is published in, French first: French, and each language whose translation file exists. */
export const PUBLISHED_LANGS: readonly Lang[] = [DEFAULT_LANG, ...TRANSLATED_LANGS.filter((lang) => TRANSLATIONS[lang] !== undefined)];

/** A language's interface strings, by key of src/i18n/fr.ts. */
export function interfaceMessages(lang: TranslatedLang): Record<string, string> {
  return Object.fromEntries(Object.entries(TRANSLATIONS[lang]?.interface ?? {}).map(([key, { texte }]) => [key, texte]));
}

/** A text as a page shows it, and the language it is in (French when no current translation exists). */
export interface ShownText {
  text: string;
  lang: Lang;
}

type FicheFields = { titre: string; resume: string; public_vise: string[]; acces: string[] };
export type ShownFiche = { [F in TranslatedFicheField]: F extends 'titre' | 'resume' ? ShownText : ShownText[] };

/** One French text in `lang`: its translation when it translates today's French, the French otherwise. */
function shown(french: string, translation: TranslatedText | undefined, lang: Lang): ShownText {
  return translation !== undefined && translation.fr === french ? { text: translation.texte, lang } : { text: french, lang: DEFAULT_LANG };
}

/** The fields of a fiche that family pages show, in `lang` where translated (the French where not). */
export function ficheIn(lang: Lang, id: string, data: FicheFields): ShownFiche {
  const translation = lang === DEFAULT_LANG ? undefined : TRANSLATIONS[lang]?.fiches?.[id];
  const fields = TRANSLATED_FICHE_FIELDS.map((field) => {
    const french = data[field];
    const translated = translation?.[field];
    return [
      field,
      Array.isArray(french)
        ? french.map((text, index) => shown(text, (translated as TranslatedText[] | undefined)?.[index], lang))
        : shown(french, translated as TranslatedText | undefined, lang),
    ];
  });
  return Object.fromEntries(fields) as ShownFiche;
}
