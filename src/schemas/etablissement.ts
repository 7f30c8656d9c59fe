/** A place: a school or a service that hosts dispositifs or actions (content/etablissements/*.yaml). */
import { z } from 'astro/zod';
import { NATURES, STATUTS } from '../lib/vocabulary.ts';
import { courriel, provenance, telephone, uai, url, type RefFactory } from './common.ts';
import { checkLieu, lieuFields, toLieu } from './lieu.ts';

const latitude = z
  .number()
  .min(41, 'latitude hors de France métropolitaine (entre 41 et 51.5).')
  .max(51.5, 'latitude hors de France métropolitaine (entre 41 et 51.5).');
const longitude = z
  .number()
  .min(-5.5, 'longitude hors de France métropolitaine (entre -5.5 et 10).')
  .max(10, 'longitude hors de France métropolitaine (entre -5.5 et 10).');

export const etablissementSchema = (ref: RefFactory) =>
  z
    .object({
      /** Name as published: « LP des métiers Sud Périgord Hélène Duc ». */
      nom: z
        .string()
        .min(1, 'nom manquant : écrivez le nom de l’établissement tel que publié.')
        .meta({ title: 'Nom', description: 'Tel que publié.' }),
      /** Kind of school, when the document says it. */
      nature: z.enum(NATURES).optional().meta({ title: 'Nature', description: 'Collège, lycée professionnel…, si le document le dit.' }),
      /** Public or private, when the document says it. */
      statut: z.enum(STATUTS).optional().meta({ title: 'Statut', description: 'Public ou privé, si le document le dit.' }),
      /** Official identifier, seven digits and a check letter. */
      uai: uai.optional().meta({ title: 'UAI', description: 'Sept chiffres et une lettre de contrôle, « 0330021U ».' }),
      ...lieuFields,
      /** As published; shown « 05 53 74 49 00 », linked `tel:+33553744900`. */
      telephone: telephone.optional().meta({ title: 'Téléphone', description: 'Tel que publié, « 05 53 74 49 00 ».' }),
      courriel: courriel.optional().meta({ title: 'Courriel' }),
      site_web: url.optional().meta({ title: 'Site web', description: 'Commence par https://.' }),
      /** Exact position, when known; otherwise the commune's centre is used and said to be approximate. */
      latitude: latitude
        .optional()
        .meta({ title: 'Latitude', description: 'Si elle est connue ; sinon le centre de la commune est utilisé.' }),
      longitude: longitude.optional().meta({ title: 'Longitude' }),
      ...provenance(ref),
    })
    .strict()
    .superRefine((value, ctx) => {
      if ((value.latitude === undefined) !== (value.longitude === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['longitude'], message: 'latitude et longitude vont ensemble : donnez les deux ou aucune.' });
      }
    })
    .superRefine(...checkLieu)
    .transform(toLieu);
