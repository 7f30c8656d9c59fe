/** A fiche technique for school staff (content/fiches/*.md), with the fixed sections of the Bordeaux guide. */
import { z } from 'astro/zod';
import { DISPOSITIF_TYPE_IDS } from '../lib/dispositif-types.ts';
import { CHAMP_IDS, PROJETS, SITUATIONS } from '../lib/vocabulary.ts';
import { choiceError, date, points, provenance, url, type RefFactory } from './common.ts';

/** An official text the fiche rests on. */
const texteReference = z
  .object({
    /** « Circulaire relative aux réseaux FOQUALE ». */
    titre: z.string().min(1),
    date: date.optional(),
    /** « circulaire n° 2013-035 », « BO n° 29 du 21 juillet 2016 ». */
    reference: z.string().optional(),
    url: url.optional(),
  })
  .strict();

export const FICHE_SECTIONS = {
  objectifs: 'Objectifs',
  public_vise: 'Public visé',
  personnes_engagees: 'Personnes engagées',
  modalites: "Modalités de l'action",
  zone_application: "Zone d'application",
  evaluation: 'Évaluation',
} as const;

/**
 * Whom the guide for families (/quelle-solution/) sends to this fiche: a
 * dispositif type's public, or a step to take (the référent décrochage, the
 * right to return to training). Only what the documents say: an age limit they
 * do not give stays absent.
 */
const orientation = z
  .object({
    age_min: z.number().int().min(0).max(99).optional().meta({ description: 'Âge minimum, tel que le document le donne.' }),
    age_max: z.number().int().min(0).max(99).optional().meta({ description: 'Âge maximum, tel que le document le donne.' }),
    situations: z
      .array(
        z.enum(SITUATIONS, {
          error: choiceError(`situation inconnue : choisissez parmi ${SITUATIONS.map((s) => `« ${s} »`).join(', ')}.`),
        }),
      )
      .min(1, 'donnez au moins une situation.')
      .meta({
        description: 'Où en est le jeune : encore scolarisé, sorti depuis moins de 6 mois, depuis 6 mois ou plus, nouvel arrivant.',
      }),
    projets: z
      .array(z.enum(PROJETS, { error: choiceError(`projet inconnu : choisissez « diplome » ou « accompagnement ».`) }))
      .default([])
      .meta({ description: 'Ce que le jeune veut : préparer un diplôme, être accompagné. Vide : quel que soit son projet.' }),
  })
  .strict()
  .refine((o) => o.age_min === undefined || o.age_max === undefined || o.age_min <= o.age_max, {
    message: "l'âge maximum est inférieur à l'âge minimum.",
    path: ['age_max'],
  });

export const ficheSchema = (ref: RefFactory) =>
  z
    .object({
      titre: z.string().min(1, 'titre manquant.'),
      /** The acronym, when the fiche has one (« GPDS »); it must be in the glossary. */
      sigle: z.string().optional(),
      /** Prévention, intervention or remédiation: the three fields of the Poitiers circular. */
      champ: z.enum(CHAMP_IDS, { error: choiceError(`champ inconnu : choisissez « prevention », « intervention » ou « remediation ».`) }),
      /** One or two plain sentences, shown in lists and search results. */
      resume: z.string().min(1).max(280, 'le résumé dépasse 280 caractères : raccourcissez-le, le détail va dans le corps de la fiche.'),
      objectifs: points.default([]),
      public_vise: points.default([]),
      personnes_engagees: points.default([]),
      modalites: points.default([]),
      zone_application: points.default([]),
      evaluation: points.default([]),
      /** How a young person gets in, in plain words for a family, as the documents say (dispositif pages show it). */
      acces: points.default([]),
      textes_reference: z.array(texteReference).default([]),
      /** Related fiches, by id. */
      voir_aussi: z.array(ref('fiches')).default([]),
      /** The kinds of dispositif this fiche explains. */
      types_dispositif: z.array(z.enum(DISPOSITIF_TYPE_IDS)).default([]),
      /** Whom the guide for families sends here. */
      orientation: orientation.optional(),
      ...provenance(ref),
    })
    .strict();
