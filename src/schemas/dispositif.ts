/** One dispositif at one place: a PAPS, the DIPA, a micro-lycée… (content/dispositifs/*.md). */
import { z } from 'astro/zod';
import { DISPOSITIF_TYPE_IDS, DISPOSITIF_TYPES } from '../lib/dispositif-types.ts';
import { choiceError, codePostal, lines, points, provenance, telephone, whenValid, type RefFactory } from './common.ts';

export const dispositifSchema = (ref: RefFactory) =>
  z
    .object({
      /** Kind of dispositif: one of src/lib/dispositif-types.ts. */
      type: z.enum(DISPOSITIF_TYPE_IDS, {
        error: choiceError(`type inconnu : choisissez parmi ${DISPOSITIF_TYPE_IDS.map((t) => `« ${t} »`).join(', ')}.`),
      }),
      /** Its own name, when it has one (« Micro-lycée de Talence »); otherwise the type and the place name it. */
      nom: z.string().min(1).optional(),
      /** Id of the établissement that hosts it (file name in content/etablissements, without .yaml). */
      etablissement: ref('etablissements').optional(),
      /** Académie, for a dispositif not tied to one place. */
      academie: ref('academies').optional(),
      /** Address lines as this dispositif's listing publishes them, when they differ from the établissement's. */
      adresse: lines.optional(),
      code_postal: codePostal.optional(),
      /** Phone as this dispositif's listing publishes it, when it differs from the établissement's. */
      telephone: telephone.optional(),
      /** Who it is for: ages and conditions. */
      public: z
        .object({
          age_min: z.number().int().min(0).max(99).optional(),
          age_max: z.number().int().min(0).max(99).optional(),
          conditions: points.default([]),
        })
        .strict()
        .optional(),
      /** What can be prepared there, as published. */
      formations: points.default([]),
      /** A word on the formations, e.g. that a reform renamed them since the source. */
      formations_remarque: z.string().optional(),
      /** The fiche technique that explains it; by default the one of its type. */
      fiche: ref('fiches').optional(),
      ...provenance(ref),
    })
    .strict()
    .superRefine(
      (value, ctx) => {
        if (DISPOSITIF_TYPES[value.type]?.placeBased && !value.etablissement) {
          ctx.addIssue({
            code: 'custom',
            path: ['etablissement'],
            message: `un dispositif de type « ${value.type} » est accueilli par un établissement : ajoutez \`etablissement\` avec l'identifiant de son fichier.`,
          });
        }
        const { age_min, age_max } = value.public ?? {};
        if (age_min !== undefined && age_max !== undefined && age_min > age_max) {
          ctx.addIssue({
            code: 'custom',
            path: ['public', 'age_max'],
            message: `l'âge maximum (${age_max}) est inférieur à l'âge minimum (${age_min}).`,
          });
        }
      },
      { when: whenValid('type', 'public') },
    );
