/**
 * The languages the interface can be shown in, and what a page needs to
 * declare its own: `lang` and `dir` on `<html>` (RGAA criterion 8.3), the
 * locale of its dates and numbers, its Open Graph locale. French is the
 * site's language and the only one today; a language is added here and in
 * `dictionaries.ts`, with pages under `/<code>/`.
 */
export const LANGUAGES = {
  fr: { name: 'Français', dir: 'ltr', locale: 'fr-FR', ogLocale: 'fr_FR' },
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
export const DEFAULT_LANG: Lang = 'fr';

const isLang = (code: string): code is Lang => Object.hasOwn(LANGUAGES, code);

/** The language of a page from its path: `/<code>/…` for a translated page, French otherwise. */
export function langOfPath(pathname: string, base = '/'): Lang {
  const first = pathname.slice(base.length).replace(/^\//, '').split('/')[0] ?? '';
  return isLang(first) ? first : DEFAULT_LANG;
}
