/** Every acronym the site uses (content/glossaire.yaml, keyed by the acronym). */
import { z } from 'astro/zod';
import { sourceRef, whenValid, type RefFactory } from './common.ts';

export const glossaireSchema = (ref: RefFactory) =>
  z
    .object({
      /** The expansion, « Groupe de prévention du décrochage scolaire ». */
      definition: z.string().min(1, 'définition manquante.'),
      /** A plain-words sentence, when the expansion alone says little. */
      explication: z.string().optional(),
      /** The fiche that explains it, when there is one. */
      fiche: ref('fiches').optional(),
      /** The document that writes the expansion out, when one does (tests/content/glossary-provenance.test.ts checks it). */
      source: sourceRef(ref).optional().meta({
        title: 'Source',
        description:
          'Le document qui écrit le sigle en entier : un identifiant de content/sources.yaml. Si aucun ne l’écrit, donnez `provenance` à la place.',
      }),
      /** Where the expansion comes from when no document of the network writes it out. */
      provenance: z.string().min(1, 'provenance vide : écrivez d’où vient le développé du sigle, ou donnez `source`.').optional().meta({
        title: 'Provenance',
        description:
          'Quand aucun document de content/sources.yaml n’écrit le sigle en entier : une phrase qui dit d’où vient le développé (« Développement usuel du sigle, non écrit dans les documents du réseau. »).',
      }),
    })
    .strict()
    .superRefine(
      (value, ctx) => {
        if (value.source && value.provenance !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['provenance'],
            message:
              '`source` et `provenance` sont données toutes les deux : gardez `source` si le document cité écrit le sigle en entier ; sinon, supprimez `source` et gardez `provenance`.',
          });
        } else if (!value.source && value.provenance === undefined) {
          ctx.addIssue({
            code: 'custom',
            message:
              'ni `source` ni `provenance` : ajoutez `source` (l’identifiant, dans content/sources.yaml, du document qui écrit le sigle en entier) ou, si aucun document ne l’écrit, `provenance` (une phrase qui dit d’où vient le développé).',
          });
        }
      },
      { when: whenValid('source', 'provenance') },
    )
    // Editors' tools (content/.schemas/glossaire.json) say it too: exactly one of the two.
    .meta({ oneOf: [{ required: ['source'] }, { required: ['provenance'] }] });
