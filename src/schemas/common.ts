/**
 * Field schemas shared by several collections. Every message is French and says
 * how to fix the value, because editors read them, not developers.
 */
import { z } from 'astro/zod';
import { parsePhone } from '../lib/phone.ts';
import { isValidUai, uaiCheckLetter } from '../lib/uai.ts';

/** The names of the collections, as `reference()` takes them. */
export type CollectionName =
  'academies' | 'etablissements' | 'dispositifs' | 'fiches' | 'actions' | 'editions' | 'bulletins' | 'ressources' | 'glossaire' | 'sources';

/** What a reference becomes once parsed, as Astro's `reference()` gives it. */
export interface Ref<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * Builds a reference to another collection. Astro passes its `reference()`;
 * the content checker passes one that checks the id exists (src/integrations/content-check).
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>, string>;

/** YAML reads `24` or `05110` as numbers: codes are kept as strings of the right length. */
export const code = (length: number, label: string, example: string) =>
  z
    .union([z.string(), z.number().int()])
    .transform((value) => (typeof value === 'number' ? String(value).padStart(length, '0') : value.trim()))
    .pipe(z.string().regex(new RegExp(`^[0-9AB]{${length}}$`), `${label} : ${length} caractères attendus, par exemple « ${example} ».`));

export const codePostal = code(5, 'code postal', '33000');
export const codeInsee = code(5, 'code INSEE', '33063');
export const departementCode = z
  .union([z.string(), z.number().int()])
  .transform((value) => String(value).padStart(2, '0'))
  .pipe(
    z.string().regex(/^(\d{2}|2A|2B|97\d)$/, 'code de département : deux chiffres (« 33 »), « 2A », « 2B » ou trois chiffres outre-mer.'),
  );

/** A date written `2020-01-14` (YAML may already have read it as a date). */
export const date = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const parsed = value instanceof Date ? value : /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  // `new Date('2020-02-30')` rolls over to 1 March: a date that does not come back the same did not exist.
  if (!parsed || Number.isNaN(parsed.getTime()) || (typeof value === 'string' && parsed.toISOString().slice(0, 10) !== value)) {
    ctx.addIssue({ code: 'custom', message: `date illisible (« ${String(value)} ») : écrivez-la AAAA-MM-JJ, par exemple 2020-01-14.` });
    return z.NEVER;
  }
  return parsed;
});

/** YAML reads an unquoted 0559000000 as the number 559000000: the leading zero is put back. */
export const telephone = z.union([z.string(), z.number().int()]).transform((input, ctx) => {
  const value = typeof input === 'number' ? String(input).padStart(10, '0') : input;
  const phone = parsePhone(value);
  if (!phone) {
    ctx.addIssue({
      code: 'custom',
      message: `« ${value} » n'est pas un numéro de téléphone français : dix chiffres commençant par 0, par exemple « 05 56 00 00 00 ».`,
    });
    return z.NEVER;
  }
  return { ...phone, written: value };
});

export const uai = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .superRefine((value, ctx) => {
    if (isValidUai(value)) return;
    const letter = uaiCheckLetter(value.slice(0, 7));
    ctx.addIssue({
      code: 'custom',
      message: letter
        ? `UAI « ${value} » : la lettre de contrôle devrait être « ${letter} ». Vérifiez le numéro dans l'annuaire de l'éducation.`
        : `UAI « ${value} » : sept chiffres puis une lettre attendus, par exemple « 0330021U ».`,
    });
  });

export const courriel = z.email({ error: 'adresse électronique invalide : elle doit avoir la forme « service@ac-academie.fr ».' });
export const url = z.url({ error: 'adresse web invalide : elle doit commencer par « https:// ».' });

/**
 * The message of a closed list, for a value that is there but not in the list;
 * a missing value falls through to « champ obligatoire manquant ».
 */
export const choiceError = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? undefined : message);

/** One line or several: always a list afterwards. */
export const lines = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((value) => (typeof value === 'string' ? [value] : value));

/** Plain-language text for a list of points (a fiche's sections, a public's conditions). */
export const points = z.array(z.string().min(1, 'un point de la liste est vide : supprimez-le ou complétez-le.'));

/** Every entry says where its facts come from and when they were true (content-model.md). */
export const provenance = (ref: RefFactory) => ({
  /** Date of the information: the source's date, or the day the entry was checked when the source is undated. */
  date_maj: date,
  /** The document the facts come from: an id of content/sources.yaml. */
  source: ref('sources'),
  /** Other documents that gave some of the facts, when there are several. */
  autres_sources: z.array(ref('sources')).default([]),
});

/**
 * For an object-level refinement: run it as long as the fields it reads are
 * valid, even when others are not, so that one build reports every problem.
 */
export const whenValid =
  (...fields: string[]) =>
  (payload: z.core.ParsePayload): boolean =>
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));
