/**
 * The collections: where their files live and the schema of each. Astro's
 * content config and the content checker both read this list, so a path or a
 * rule is written once.
 */
import { academieSchema } from './academie.ts';
import { actionSchema } from './action.ts';
import { bulletinSchema } from './bulletin.ts';
import type { CollectionName } from './common.ts';
import { dispositifSchema } from './dispositif.ts';
import { editionSchema } from './edition.ts';
import { etablissementSchema } from './etablissement.ts';
import { ficheSchema } from './fiche.ts';
import { glossaireSchema } from './glossaire.ts';
import { lettreSchema } from './lettre.ts';
import { motCourantSchema } from './mot-courant.ts';
import { ressourceSchema } from './ressource.ts';
import { sourceSchema } from './source.ts';
import { traductionSchema } from './traduction.ts';

/** The folder editors work in, relative to the project root. */
export const CONTENT_DIR = 'content';

/** A folder with one file per entry, or one YAML file holding every entry under its id. */
export type CollectionFiles = { folder: string; extensions: readonly string[] } | { file: string };

export const COLLECTIONS = {
  academies: { files: { file: 'academies.yaml' }, schema: academieSchema },
  etablissements: { files: { folder: 'etablissements', extensions: ['yaml'] }, schema: etablissementSchema },
  dispositifs: { files: { folder: 'dispositifs', extensions: ['md'] }, schema: dispositifSchema },
  fiches: { files: { folder: 'fiches', extensions: ['md'] }, schema: ficheSchema },
  actions: { files: { folder: 'actions', extensions: ['md'] }, schema: actionSchema },
  editions: { files: { folder: 'editions', extensions: ['yaml'] }, schema: editionSchema },
  bulletins: { files: { folder: 'bulletins', extensions: ['md'] }, schema: bulletinSchema },
  ressources: { files: { folder: 'ressources', extensions: ['md'] }, schema: ressourceSchema },
  lettres: { files: { folder: 'lettres', extensions: ['md'] }, schema: lettreSchema },
  glossaire: { files: { file: 'glossaire.yaml' }, schema: glossaireSchema },
  motsCourants: { files: { file: 'mots-courants.yaml' }, schema: motCourantSchema },
  sources: { files: { file: 'sources.yaml' }, schema: () => sourceSchema },
  traductions: { files: { folder: 'traductions', extensions: ['yaml'] }, schema: traductionSchema },
} as const satisfies Record<CollectionName, { files: CollectionFiles; schema: unknown }>;

/**
 * The glob pattern of a folder collection, « *.md ». Astro's loader and the content
 * check both list a folder's files with it (src/integrations/content-check/files.ts).
 */
export function globPattern(extensions: readonly string[]): string {
  return extensions.length === 1 ? `*.${extensions[0]}` : `*.{${extensions.join(',')}}`;
}
