/**
 * An edition of the Semaine de la persévérance scolaire (content/editions/*.yaml,
 * named by its year: 2027.yaml). No document gives the dates of an edition yet:
 * there is no file until they are announced.
 */
import { z } from 'astro/zod';
import { date, provenance, type RefFactory } from './common.ts';

export const editionSchema = (ref: RefFactory) =>
  z
    .object({
      /** First and last day of the Semaine. */
      debut: date.meta({ title: 'Premier jour', description: 'AAAA-MM-JJ.' }),
      fin: date.meta({ title: 'Dernier jour', description: 'AAAA-MM-JJ ; une semaine, deux au plus.' }),
      /** The académies taking part, by id. */
      academies: z
        .array(ref('academies'))
        .min(1, 'au moins une académie participe : ajoutez son identifiant.')
        .meta({ title: 'Académies participantes', description: 'Leurs identifiants dans content/academies.yaml.' }),
      /** The edition's theme, when it has one. */
      theme: z.string().min(1).optional().meta({ title: 'Thème', description: 'Le thème de l’édition, s’il y en a un.' }),
      ...provenance(ref),
    })
    .strict()
    .superRefine((value, ctx) => {
      const days = (value.fin.getTime() - value.debut.getTime()) / 86_400_000;
      if (days < 0)
        ctx.addIssue({ code: 'custom', path: ['fin'], message: 'la fin de la Semaine est avant son début : inversez les deux dates.' });
      if (days > 13)
        ctx.addIssue({
          code: 'custom',
          path: ['fin'],
          message: `la Semaine durerait ${days + 1} jours : vérifiez les dates (une semaine, deux au plus).`,
        });
    });
