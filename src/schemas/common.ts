/**
 * Field schemas shared by several collections. Every message is French and says
 * how to fix the value, because editors read them, not developers.
 */
import { z } from 'astro/zod';
import { sitePathProblem, webAddressPattern, webAddressProblem, type WebAddressRule } from '../lib/security/addresses.ts';
import { parsePhone } from '../lib/format/phone.ts';
import { isValidUai, uaiCheckLetter } from '../lib/format/uai.ts';

/** The names of the collections, as `reference()` takes them. */
export type CollectionName =
  | 'academies'
  | 'etablissements'
  | 'dispositifs'
  | 'fiches'
  | 'actions'
  | 'editions'
  | 'bulletins'
  | 'ressources'
  | 'lettres'
  | 'glossaire'
  | 'motsCourants'
  | 'sources'
  | 'traductions';

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

/**
 * A date as the content checker's YAML reader gives it: the Date Astro would
 * get, and the text it was written as (src/integrations/content-check/yaml.ts).
 * A Date cannot tell that `2025-02-30` was written: it holds 2 March.
 */
export class WrittenDate extends Date {
  readonly written: string;
  constructor(time: number, written: string) {
    super(time);
    this.written = written;
  }
}

const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' });

/** What is wrong with a date written as text, in French, or undefined when it is a real day written AAAA-MM-JJ. */
export function dateProblem(written: string): string | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  if (!parts) return `date illisible (« ${written} ») : écrivez-la AAAA-MM-JJ, par exemple 2020-01-14.`;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `le mois « ${parts[2]} » n'existe pas (« ${written} ») : écrivez AAAA-MM-JJ, le mois entre 01 et 12.`;
  const name = monthName.format(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days)
    return `le ${day} ${name} ${year} n'existe pas (« ${written} ») : ${name} ${year} a ${days} jours, vérifiez le jour et le mois.`;
  return undefined;
}

/** A date written `2020-01-14` (YAML may already have read it as a date). */
export const date = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const written = value instanceof WrittenDate ? value.written : typeof value === 'string' ? value : undefined;
  const problem = written === undefined ? undefined : dateProblem(written);
  if (problem || Number.isNaN(value.valueOf())) {
    ctx.addIssue({
      code: 'custom',
      message: problem ?? `date illisible (« ${String(value)} ») : écrivez-la AAAA-MM-JJ, par exemple 2020-01-14.`,
    });
    return z.NEVER;
  }
  return value instanceof Date ? new Date(value.getTime()) : new Date(`${value}T00:00:00Z`);
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
/** A web address a reader may follow: `https:` or `http:` only (`https:` alone where the rule says so), and `mailto:` too where an e-mail fits (src/lib/security/addresses.ts). */
export const webAddress = (rule: WebAddressRule = {}) =>
  z
    .string()
    .superRefine((value, ctx) => {
      const problem = webAddressProblem(value, rule);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    // The JSON Schemas and the editor's form check the same rule as they are filled (src/lib/editor/).
    .meta({
      format: 'uri',
      pattern: webAddressPattern(rule),
      patternErrorMessage: WEB_ADDRESS_HINT[rule.https ? 'https' : rule.mailto ? 'mailto' : 'web'],
    });

const WEB_ADDRESS_HINT = {
  web: 'Une adresse qui commence par https:// (ou http://), sans espace.',
  mailto: 'Une adresse qui commence par https:// (ou http://), ou mailto: suivi d’un courriel.',
  https: 'Une adresse qui commence par https://, sans espace.',
};

export const url = webAddress();

/** A file of the site, under public/: `/images/contenu/affiche.pdf` (the content check makes sure it exists). */
export const sitePath = z.string().superRefine((value, ctx) => {
  const problem = sitePathProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

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
/** The document the facts come from: an id of content/sources.yaml. */
export const sourceRef = (ref: RefFactory) =>
  ref('sources').meta({
    title: 'Source',
    description: 'Le document d’où viennent les informations : un identifiant de content/sources.yaml.',
  });

export const provenance = (ref: RefFactory) => ({
  /** Date of the information: the source's date, or the day the entry was checked when the source is undated. */
  date_maj: date.meta({
    title: 'Date de l’information',
    description: 'La date du document source, ou le jour où l’information a été vérifiée (AAAA-MM-JJ).',
  }),
  /** The document the facts come from: an id of content/sources.yaml. */
  source: sourceRef(ref),
  /** Other documents that gave some of the facts, when there are several. */
  autres_sources: z
    .array(ref('sources'))
    .default([])
    .meta({ title: 'Autres sources', description: 'Les autres documents qui ont donné une partie des informations.' }),
});

/**
 * For an object-level refinement: run it as long as the fields it reads are
 * valid, even when others are not, so that one build reports every problem.
 */
export const whenValid =
  (...fields: string[]) =>
  (payload: z.core.ParsePayload): boolean =>
    !payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));
