/** An action of the Semaine de la persévérance scolaire (content/actions/*.md). */
import { z } from 'astro/zod';
import { THEMATIQUES } from '../lib/vocabulary.ts';
import { date, provenance, type RefFactory } from './common.ts';
import { checkLieu, lieuFields, toLieu } from './lieu.ts';

/** A school that is not in the directory: its name and commune are enough. */
const ecole = z
  .object({
    nom: z.string().min(1),
    commune: lieuFields.commune,
    code_insee: lieuFields.code_insee,
    departement: lieuFields.departement,
  })
  .strict()
  .superRefine(...checkLieu)
  .transform(toLieu);

export const actionSchema = (ref: RefFactory) =>
  z
    .object({
      titre: z.string().min(1, 'titre manquant.'),
      /** The établissement's id, or the school's `nom`, `commune` and `departement` when it is not in the directory. */
      etablissement: z.union([ref('etablissements'), ecole], {
        error:
          "établissement : écrivez l'identifiant d'un fichier de content/etablissements, ou `nom`, `commune` et `departement` de l'école.",
      }),
      thematiques: z
        .array(
          z.enum(THEMATIQUES, {
            error: `thématique inconnue : choisissez parmi ${THEMATIQUES.map((t) => `« ${t} »`).join(', ')}, ou ajoutez-la dans src/lib/vocabulary.ts.`,
          }),
        )
        .default([]),
      partenaires: z.array(z.string().min(1)).default([]),
      /** The edition of the Semaine (its year, « 2027 »), when known. */
      edition: z.union([z.string(), z.number().int()]).transform(String).pipe(ref('editions')).optional(),
      /** Day of the action, when known. */
      date: date.optional(),
      ...provenance(ref),
    })
    .strict();

export type Action = z.output<ReturnType<typeof actionSchema>>;
