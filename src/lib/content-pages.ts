/**
 * Which pages a content file makes: each entry's own page, by collection, and the
 * pages made from a whole file. « Modifier cette page » finds a page's file with it
 * (src/data/content-files.ts), and scripts/pages-changed.ts the pages a pull or merge
 * request changes. A collection whose entries get pages of their own is added here.
 */
import type { CollectionName } from '../schemas/common.ts';
import { paths } from './paths.ts';

/** The French page of each entry, for the collections whose entries have one (the id is the file's name, or its key in a one-file collection). */
export const ENTRY_PAGES = {
  academies: paths.academie,
  etablissements: paths.etablissement,
  dispositifs: paths.dispositif,
  fiches: paths.fiche,
  actions: paths.action,
  editions: paths.edition,
  bulletins: paths.bulletin,
  ressources: paths.ressource,
  lettres: paths.lettre,
} as const satisfies Partial<Record<CollectionName, (id: string) => string>>;

/** The page made from a whole one-file collection, rather than one per entry. */
export const FILE_PAGES = {
  glossaire: paths.glossaire,
  sources: paths.sources,
} as const satisfies Partial<Record<CollectionName, string>>;
