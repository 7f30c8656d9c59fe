/**
 * The languages the site can be read in, and what a page needs to declare its
 * own: `lang` and `dir` on `<html>` (RGAA criterion 8.3), the locale of its
 * dates and numbers, its Open Graph locale. French is the site's language;
 * the family pages also exist in the other languages, under `/<code>/`, from
 * the translations in content/traductions/<code>.yaml (src/i18n/translations.ts).
 * A language is added here and by its translation file.
 */
export const LANGUAGES = {
  fr: { name: 'Français', dir: 'ltr', locale: 'fr-FR', ogLocale: 'fr_FR' },
  en: { name: 'English', dir: 'ltr', locale: 'en-GB', ogLocale: 'en_GB' },
  // Latin digits, as the phone numbers and postcodes the pages show as published: one page, one set of digits.
  ar: { name: 'العربية', dir: 'rtl', locale: 'ar-u-nu-latn', ogLocale: 'ar_AR' },
  uk: { name: 'Українська', dir: 'ltr', locale: 'uk-UA', ogLocale: 'uk_UA' },
  es: { name: 'Español', dir: 'ltr', locale: 'es-ES', ogLocale: 'es_ES' },
  pt: { name: 'Português', dir: 'ltr', locale: 'pt-PT', ogLocale: 'pt_PT' },
} as const satisfies Record<string, Language>;

export interface Language {
  /** The language named in itself, as a language switcher shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 locale for `Intl` (dates, numbers, sorting). */
  locale: string;
  ogLocale: string;
}

export type Lang = keyof typeof LANGUAGES;
export const DEFAULT_LANG = 'fr' as const satisfies Lang;
/** The languages the family pages can be translated into, in the switcher's order; each is published once its translation file exists (src/i18n/translations.ts). */
export type TranslatedLang = Exclude<Lang, typeof DEFAULT_LANG>;
export const TRANSLATED_LANGS = Object.keys(LANGUAGES).filter((code) => code !== DEFAULT_LANG) as TranslatedLang[];

export const isLang = (code: string): code is Lang => Object.hasOwn(LANGUAGES, code);
