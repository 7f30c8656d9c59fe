/**
 * The interface strings <site-search> writes in the browser (site-search.ts):
 * SiteSearch.astro passes these messages in `data-messages`, so the page
 * carries only them, not the whole dictionary.
 */
export const SEARCH_MESSAGES = [
  'search.facet.genre',
  'search.facet.type',
  'search.facet.champ',
  'search.facet.academie',
  'search.facet.departement',
  'search.unavailable',
  'search.status.none',
  'search.status.noneFor',
  'search.status.count',
  'search.status.countFor',
  'search.status.partialNone',
  'search.status.partialSome',
  'search.everyday',
  'search.quoted',
] as const;

export type SearchMessage = (typeof SEARCH_MESSAGES)[number];
