/** The académies, their départements, institutional contacts and known figures (content/academies.yaml). */
import { z } from 'astro/zod';
import { courriel, date, departementCode, lines, provenance, telephone, url, type RefFactory } from './common.ts';

/** A service, never a person: the site lists no staff names. */
const contact = z
  .object({
    service: z.string().min(1),
    adresse: lines.optional(),
    telephone: telephone.optional(),
    /** What the phone number is, when the document says (« ligne du chef du service »). */
    telephone_note: z.string().optional(),
    courriel: courriel.optional(),
    site_web: url.optional(),
    source: z.string().min(1),
  })
  .strict();

/** A count the documents give (« 14 réseaux FOQUALE »), published as a count with its source and date. */
const chiffre = (ref: RefFactory) =>
  z
    .object({
      libelle: z.string().min(1),
      valeur: z.number().int().nonnegative(),
      /** « environ 500 jeunes accueillis ». */
      precision: z.string().optional(),
      /** Split by département, when the document gives it. */
      par_departement: z.record(z.string(), z.number().int().nonnegative()).optional(),
      date,
      source: ref('sources'),
    })
    .strict()
    .superRefine((value, ctx) => {
      const parts = Object.values(value.par_departement ?? {});
      const total = parts.reduce((sum, n) => sum + n, 0);
      if (parts.length > 0 && total !== value.valeur) {
        ctx.addIssue({
          code: 'custom',
          path: ['par_departement'],
          message: `la somme par département (${total}) ne fait pas le total (${value.valeur}).`,
        });
      }
    });

export const academieSchema = (ref: RefFactory) =>
  z
    .object({
      /** « Académie de Bordeaux ». */
      nom: z.string().min(1),
      /** Codes of its départements. */
      departements: z.array(departementCode).min(1),
      contacts: z.array(contact).default([]),
      chiffres: z.array(chiffre(ref)).default([]),
      /** The last sentence of the e-mail versions (bulletin, lettre): how to stop receiving them, as the académie's list works. */
      courriel_desinscription: z.string().min(1).optional().meta({
        title: 'Phrase de désinscription des courriels',
        description:
          'La dernière phrase des courriels du bulletin et de la lettre : comment ne plus les recevoir (« Pour ne plus recevoir ces courriels, écrivez à … »). Sans elle, le courriel dit de répondre à son expéditeur.',
      }),
      ...provenance(ref),
    })
    .strict();
