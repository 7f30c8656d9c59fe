/** Every acronym the site uses (content/glossaire.yaml, keyed by the acronym). */
import { z } from 'astro/zod';
import { sourceRef, type RefFactory } from './common.ts';

export const glossaireSchema = (ref: RefFactory) =>
  z
    .object({
      /** The expansion, « Groupe de prévention du décrochage scolaire ». */
      definition: z.string().min(1, 'définition manquante.'),
      /** A plain-words sentence, when the expansion alone says little. */
      explication: z.string().optional(),
      /** The fiche that explains it, when there is one. */
      fiche: ref('fiches').optional(),
      /** The document that writes the acronym out. */
      source: sourceRef(ref),
    })
    .strict();
