/**
 * Every language's dictionary of interface strings, and the translator a page
 * reads them through (`Astro.locals.t`, set by src/middleware.ts). French is
 * the reference: every other dictionary has exactly its keys
 * (tests/unit/i18n.test.ts).
 */
import { fr } from './fr.ts';
import { DEFAULT_LANG, LANGUAGES, type Lang } from './languages.ts';
import { createTranslator, pickMessages, type MessageKey, type Translator } from './translate.ts';

export const DICTIONARIES: Record<Lang, Record<keyof typeof fr, string>> = { fr };

/** A key of the interface's dictionary (plural forms read under one key). */
export type UiKey = MessageKey<keyof typeof fr>;
export type T = Translator<UiKey>;

const translators = new Map<Lang, T>();

/** The translator of a language; pages read theirs as `Astro.locals.t`. */
export function useTranslations(lang: Lang = DEFAULT_LANG): T {
  let t = translators.get(lang);
  if (t === undefined) translators.set(lang, (t = createTranslator(DICTIONARIES[lang], LANGUAGES[lang].locale) as T));
  return t;
}

/** The messages of `keys` in `lang`, for a browser script's `data-messages`. */
export function messagesFor(lang: Lang, keys: readonly UiKey[]): string {
  return JSON.stringify(pickMessages(DICTIONARIES[lang], keys));
}
