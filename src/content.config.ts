import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, CONTENT_DIR, globPattern } from './schemas/index.ts';
import type { RefFactory } from './schemas/common.ts';

function loader(files: (typeof COLLECTIONS)[keyof typeof COLLECTIONS]['files']) {
  return 'file' in files
    ? file(`${CONTENT_DIR}/${files.file}`)
    : glob({ base: `${CONTENT_DIR}/${files.folder}`, pattern: globPattern(files.extensions) });
}

// Astro's reference() parses an id into { collection, id }, as RefFactory promises.
const ref = reference as unknown as RefFactory;

export const collections = {
  academies: defineCollection({ loader: loader(COLLECTIONS.academies.files), schema: COLLECTIONS.academies.schema(ref) }),
  etablissements: defineCollection({ loader: loader(COLLECTIONS.etablissements.files), schema: COLLECTIONS.etablissements.schema(ref) }),
  dispositifs: defineCollection({ loader: loader(COLLECTIONS.dispositifs.files), schema: COLLECTIONS.dispositifs.schema(ref) }),
  fiches: defineCollection({ loader: loader(COLLECTIONS.fiches.files), schema: COLLECTIONS.fiches.schema(ref) }),
  actions: defineCollection({ loader: loader(COLLECTIONS.actions.files), schema: COLLECTIONS.actions.schema(ref) }),
  editions: defineCollection({ loader: loader(COLLECTIONS.editions.files), schema: COLLECTIONS.editions.schema(ref) }),
  bulletins: defineCollection({ loader: loader(COLLECTIONS.bulletins.files), schema: COLLECTIONS.bulletins.schema(ref) }),
  ressources: defineCollection({ loader: loader(COLLECTIONS.ressources.files), schema: COLLECTIONS.ressources.schema(ref) }),
  lettres: defineCollection({ loader: loader(COLLECTIONS.lettres.files), schema: COLLECTIONS.lettres.schema(ref) }),
  glossaire: defineCollection({ loader: loader(COLLECTIONS.glossaire.files), schema: COLLECTIONS.glossaire.schema(ref) }),
  motsCourants: defineCollection({ loader: loader(COLLECTIONS.motsCourants.files), schema: COLLECTIONS.motsCourants.schema() }),
  sources: defineCollection({ loader: loader(COLLECTIONS.sources.files), schema: COLLECTIONS.sources.schema() }),
};
