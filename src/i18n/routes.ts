/**
 * Where a page is in each language: French at the site's root, the other
 * languages under `/<code>/` with the same path (« /carte/ », « /en/carte/ »),
 * for the pages that have translations (src/i18n/scope.ts).
 */
import { DEFAULT_LANG, isLang, type Lang } from './languages.ts';
import { PUBLISHED_LANGS } from './translations.ts';
import { isTranslatedPage } from './scope.ts';

/** The address of the French page `path` for a reader of `lang`: its translation if it has one, the French page otherwise. */
export function pathIn(lang: Lang, path: string): string {
  return lang !== DEFAULT_LANG && isTranslatedPage(path) ? `/${lang}${path}` : path;
}

/** The French page a path shows and its language: « /en/carte/ » → « /carte/ », en. `path` is taken without the base. */
export function frenchPathOf(path: string): { lang: Lang; path: string } {
  const [, first = '', ...rest] = path.split('/');
  return isLang(first) && first !== DEFAULT_LANG && path.startsWith(`/${first}/`)
    ? { lang: first, path: `/${rest.join('/')}` }
    : { lang: DEFAULT_LANG, path };
}

/**
 * The `lang` parameter of a page under src/pages/[...lang]/ in each language:
 * none for French, the code otherwise. Each path of `pages` is given in every language.
 */
export function inEveryLanguage<P extends { params?: Record<string, string | undefined>; props?: object }>(
  pages: readonly P[] = [{} as P],
): (P & { params: { lang: string | undefined } })[] {
  return PUBLISHED_LANGS.flatMap((lang) =>
    pages.map((page) => ({ ...page, params: { ...page.params, lang: lang === DEFAULT_LANG ? undefined : lang } })),
  );
}
