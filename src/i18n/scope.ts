/**
 * What is translated, in one place: the interface strings the family pages
 * read, the fields of the fiches those pages explain a solution with, and the
 * pages themselves. Staff pages (fiches, ressources, the Semaine) and the legal
 * pages stay French; a translated page links to them saying so.
 */

/**
 * The areas of src/i18n/fr.ts a translated page reads (a key belongs to the
 * area its name starts with, up to the first dot). Every translation file has
 * exactly these keys (src/integrations/content-check/translations.ts).
 */
export const TRANSLATED_AREAS = [
  // page shell
  'site',
  'nav',
  'header',
  'breadcrumb',
  'footer',
  'lang',
  // solutions and the map
  'type',
  'map',
  'distance',
  // search
  'search',
  // shared components of the family pages
  'contact',
  'webSite',
  'public',
  'reportError',
  'sourceNote',
  'staticMaps',
  'locationMap',
  'whereSection',
  'academieNames',
  // family pages
  'familles',
  'dispositifs',
  'dispositif',
  'etablissement',
  'guide',
  'empty',
  'place',
] as const;

/** Whether the key of src/i18n/fr.ts is read on translated pages. */
export function isTranslatedKey(key: string): boolean {
  return (TRANSLATED_AREAS as readonly string[]).includes(key.slice(0, key.indexOf('.')));
}

/** The fields of a fiche that the guide and the place pages show to families: what it is, for whom, how to get in. */
export const TRANSLATED_FICHE_FIELDS = ['titre', 'resume', 'public_vise', 'acces'] as const;
export type TranslatedFicheField = (typeof TRANSLATED_FICHE_FIELDS)[number];

/**
 * The pages that exist in every language, by their French path: the family
 * part of the home page (`/` for a translated home), « Trouver une solution »,
 * each dispositif and établissement, the map, the guide, the search.
 */
const TRANSLATED_PAGES = [
  /^\/$/,
  /^\/dispositifs\/([^/]+\/)?$/,
  /^\/etablissements\/[^/]+\/$/,
  /^\/carte\/$/,
  /^\/quelle-solution\//,
  /^\/recherche\/$/,
];

/** Whether the French page at `path` (« /carte/ », « /fiches/gpds/ ») has translations. */
export function isTranslatedPage(path: string): boolean {
  const page = path.replace(/[?#].*$/, '');
  return TRANSLATED_PAGES.some((pattern) => pattern.test(page));
}
