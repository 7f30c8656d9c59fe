/** A document, model letter, video, conference or official text (content/ressources/*.md). */
import { z } from 'astro/zod';
import { MODELES, PUBLICS, RESSOURCE_TYPES } from '../lib/vocabulary.ts';
import { choiceError, date, provenance, sitePath, url, type RefFactory } from './common.ts';

const PUBLIC_IDS = Object.keys(PUBLICS) as [keyof typeof PUBLICS, ...(keyof typeof PUBLICS)[]];

export const ressourceSchema = (ref: RefFactory) =>
  z
    .object({
      titre: z.string().min(1, 'titre manquant.'),
      type: z.enum(RESSOURCE_TYPES, {
        error: choiceError(`type inconnu : choisissez parmi ${RESSOURCE_TYPES.map((t) => `« ${t} »`).join(', ')}.`),
      }),
      /** Where to read it online, when the source gives an address. */
      url: url.optional(),
      /** A file under public/, « /documents/lettre.pdf ». */
      fichier: sitePath.optional(),
      /** The form that fills this model in on screen, a component of the site (src/lib/vocabulary.ts `MODELES`). */
      modele: z
        .enum(MODELES, {
          error: choiceError(
            `modèle inconnu : choisissez parmi ${MODELES.map((m) => `« ${m} »`).join(', ')}, ou demandez à l'équipe d'en créer un.`,
          ),
        })
        .optional(),
      /** Date of the document itself. */
      date: date.optional(),
      /** « Circulaire n° 2013-035 », « BO n° 29 du 21 juillet 2016 ». */
      reference: z.string().optional(),
      /** Who it is for. */
      public: z.array(z.enum(PUBLIC_IDS)).min(1, 'public manquant : « familles », « equipes » ou les deux.'),
      /** One sentence that says what it is. */
      resume: z.string().min(1).max(280),
      ...provenance(ref),
    })
    .strict();
