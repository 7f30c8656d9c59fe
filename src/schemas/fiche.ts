/** A fiche technique for school staff (content/fiches/*.md), with the fixed sections of the Bordeaux guide. */
import { z } from 'astro/zod';
import { DISPOSITIF_TYPE_IDS } from '../lib/dispositif-types.ts';
import { CHAMP_IDS } from '../lib/vocabulary.ts';
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
      ...provenance(ref),
    })
    .strict();
