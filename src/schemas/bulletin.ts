/**
 * A daily bulletin of the Semaine: « un jour, un territoire, une action »
 * (content/bulletins/*.md). Markdown only, never MDX: contributors write text,
 * links, lists and images, never script.
 */
import { z } from 'astro/zod';
import { date, departementCode, provenance, webAddress, type RefFactory } from './common.ts';

export const bulletinSchema = (ref: RefFactory) =>
  z
    .object({
      /** The day of the bulletin. */
      date: date.meta({ title: 'Jour du bulletin', description: 'Un jour de l’édition de la Semaine (AAAA-MM-JJ).' }),
      /** The edition of the Semaine: its file name in content/editions, its year (« 2027 »). */
      edition: z
        .union([z.string(), z.number().int()])
        .transform(String)
        .pipe(ref('editions'))
        .meta({ title: 'Édition', description: 'L’année de l’édition de la Semaine, « 2027 » : un fichier de content/editions.' }),
      academie: ref('academies').meta({
        title: 'Académie',
        description: 'L’académie qui publie le bulletin : son identifiant dans content/academies.yaml.',
      }),
      /** The département à l'honneur that day; it must belong to the académie. */
      departement: departementCode.meta({
        title: 'Département à l’honneur',
        description: 'Son code, « 33 » ; il doit appartenir à l’académie.',
      }),
      action_phare: ref('actions')
        .optional()
        .meta({ title: 'Action phare', description: 'L’action présentée ce jour-là (un fichier de content/actions).' }),
      actions: z
        .array(ref('actions'))
        .default([])
        .meta({ title: 'Autres actions', description: 'Les autres actions citées par le bulletin.' }),
      /** « Zoom du jour »: the fiche presented that day. */
      zoom: ref('fiches')
        .optional()
        .meta({ title: 'Zoom du jour', description: 'La fiche technique présentée ce jour-là (un fichier de content/fiches).' }),
      /** Links of the day: a page, a video, or an e-mail address to write to. */
      ressources: z
        .array(
          z
            .object({
              titre: z.string().min(1).meta({ title: 'Titre du lien' }),
              url: webAddress({ mailto: true }).meta({
                title: 'Adresse du lien',
                description: 'Elle commence par https:// (ou mailto: suivi d’un courriel).',
              }),
            })
            .strict(),
        )
        .default([])
        .meta({
          title: 'Ressources',
          description: 'Des liens, chacun avec un titre et une adresse https:// (ou mailto: pour écrire à un service).',
        }),
      ...provenance(ref),
    })
    .strict();
