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
      date,
      /** The edition of the Semaine: its file name in content/editions, its year (« 2027 »). */
      edition: z.union([z.string(), z.number().int()]).transform(String).pipe(ref('editions')),
      academie: ref('academies'),
      /** The département à l'honneur that day; it must belong to the académie. */
      departement: departementCode,
      action_phare: ref('actions').optional(),
      actions: z.array(ref('actions')).default([]),
      /** « Zoom du jour »: the fiche presented that day. */
      zoom: ref('fiches').optional(),
      /** Links of the day: a page, a video, or an e-mail address to write to. */
      ressources: z.array(z.object({ titre: z.string().min(1), url: webAddress({ mailto: true }) }).strict()).default([]),
      ...provenance(ref),
    })
    .strict();

export type Bulletin = z.output<ReturnType<typeof bulletinSchema>>;
