/**
 * Every language's dictionary of interface strings, and the translator a page
 * reads them through (`Astro.locals.t`, set by src/middleware.ts). French is
 * the reference, in src/i18n/fr.ts; the other languages translate the keys of
 * the areas their pages read (src/i18n/scope.ts), in content/traductions/
 * (src/i18n/translations.ts). A translated page that reads a key its
 * language lacks fails the build.
 */
import { fr } from './fr.ts';
import { DEFAULT_LANG, LANGUAGES, TRANSLATED_LANGS, type Lang } from './languages.ts';
import { createTranslator, pickMessages, type MessageKey, type Translator } from './translate.ts';
import { interfaceMessages } from './translations.ts';

export const DICTIONARIES: Record<Lang, Partial<Record<keyof typeof fr, string>>> = {
  fr,
  ...Object.fromEntries(TRANSLATED_LANGS.map((lang) => [lang, interfaceMessages(lang)])),
} as Record<Lang, Partial<Record<keyof typeof fr, string>>>;

/** A key of the interface's dictionary (plural forms read under one key). */
export type UiKey = MessageKey<keyof typeof fr>;
export type T = Translator<UiKey>;

const translators = new Map<Lang, T>();

/** The translator of a language; pages read theirs as `Astro.locals.t`. */
export function useTranslations(lang: Lang = DEFAULT_LANG): T {
  let t = translators.get(lang);
  if (t === undefined)
    translators.set(lang, (t = createTranslator(DICTIONARIES[lang] as Record<string, string>, LANGUAGES[lang].locale, lang) as T));
  return t;
}

/** The messages of `keys` in `lang`, for a browser script's `data-messages`. */
export function messagesFor(lang: Lang, keys: readonly UiKey[]): string {
  return JSON.stringify(pickMessages(DICTIONARIES[lang] as Record<string, string>, keys));
}
