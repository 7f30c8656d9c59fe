/** An action of the Semaine de la persévérance scolaire (content/actions/*.md). */
import { z } from 'astro/zod';
import { THEMATIQUES } from '../lib/vocabulary.ts';
import { date, provenance, type RefFactory } from './common.ts';
import { checkLieu, lieuFields, toLieu } from './lieu.ts';

/** A school that is not in the directory: its name and commune are enough. */
const ecole = z
  .object({
    nom: z.string().min(1).meta({ title: 'Nom de l’école' }),
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
      titre: z.string().min(1, 'titre manquant.').meta({ title: 'Titre de l’action', description: 'Tel que publié.' }),
      /** The établissement's id, or the school's `nom`, `commune` and `departement` when it is not in the directory. */
      etablissement: z
        .union([ref('etablissements'), ecole], {
          error:
            "établissement : écrivez l'identifiant d'un fichier de content/etablissements, ou `nom`, `commune` et `departement` de l'école.",
        })
        .meta({
          title: 'Établissement',
          description:
            'L’identifiant d’un fichier de content/etablissements ; pour une école absente de l’annuaire, son nom, sa commune et son département.',
        }),
      thematiques: z
        .array(
          z.enum(THEMATIQUES, {
            error: `thématique inconnue : choisissez parmi ${THEMATIQUES.map((t) => `« ${t} »`).join(', ')}, ou ajoutez-la dans src/lib/vocabulary.ts.`,
          }),
        )
        .default([])
        .meta({ title: 'Thématiques', description: 'Une ou plusieurs, dans la liste.' }),
      partenaires: z
        .array(z.string().min(1))
        .default([])
        .meta({ title: 'Partenaires', description: 'Un partenaire par ligne, tels que publiés.' }),
      /** The edition of the Semaine (its year, « 2027 »), when known. */
      edition: z
        .union([z.string(), z.number().int()])
        .transform(String)
        .pipe(ref('editions'))
        .optional()
        .meta({ title: 'Édition', description: 'L’année de l’édition de la Semaine, « 2027 », si elle est connue.' }),
      /** Day of the action, when known. */
      date: date.optional().meta({ title: 'Jour de l’action', description: 'Si il est connu (AAAA-MM-JJ).' }),
      ...provenance(ref),
    })
    .strict();
