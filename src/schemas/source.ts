/** The documents the site's facts come from (content/sources.yaml, keyed by an id). */
import { z } from 'astro/zod';
import { date, url } from './common.ts';

export const sourceSchema = z
  .object({
    titre: z.string().min(1),
    /** Who published it, when the document says: « Académie de Bordeaux ». */
    auteur: z.string().min(1).optional(),
    /** « guide », « circulaire », « page web », « bulletin », « modèle ». */
    nature: z.string().min(1),
    /** Its date, when it has one. */
    date: date.optional(),
    /** What it says of its own date when there is no day (« année scolaire 2024-2025 »). */
    periode: z.string().optional(),
    url: url.optional(),
  })
  .strict();
