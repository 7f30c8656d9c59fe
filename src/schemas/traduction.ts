/**
 * A language's translation of the family pages (content/traductions/<code>.yaml):
 * each text with the French it translates, as a translator works from it.
 * `fr` is the French text at the time of translation: the checker compares it
 * with today's French and warns when the French has changed
 * (src/integrations/content-check/translations.ts).
 */
import { z } from 'astro/zod';

/** `{commune}`, in the order met. */
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(' ');
/** The figures of a text (ages, durations, codes): never translated, written as in French. */
const figures = (text: string) => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).sort().join(' ');
const links = (text: string) => (text.match(/\[\[|\]\]/g) ?? []).length;

/** One text: the French it translates and its translation. */
export const translatedText = z
  .object({
    fr: z.string().min(1).meta({
      description: 'Le texte français traduit, tel qu’il était : ne le modifiez pas, il sert à repérer un texte français qui a changé.',
    }),
    texte: z
      .string()
      .trim()
      .min(1, 'traduction vide : écrivez le texte traduit, ou supprimez l’entrée si ce texte n’est pas encore traduit.')
      .meta({ description: 'La traduction.' }),
  })
  .strict()
  .superRefine(({ fr, texte }, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', path: ['texte'], message });
    if (texte.trim() === '') return;
    if (/<[a-z!/]/i.test(texte))
      fail('pas de HTML dans une traduction : écrivez du texte seul (un lien se marque [[ainsi]], comme en français).');
    if (placeholders(texte) !== placeholders(fr))
      fail(
        `la traduction doit garder tels quels les mots entre accolades du français (${placeholders(fr) || 'aucun'}) : ils sont remplacés par un nom, un nombre ou une date. Elle a : ${placeholders(texte) || 'aucun'}.`,
      );
    if (links(texte) !== links(fr))
      fail('le français marque le texte d’un lien entre [[ et ]] : marquez de même le texte du lien dans la traduction, une seule fois.');
    if (figures(texte) !== figures(fr))
      fail(
        `les nombres ne se traduisent pas : écrivez ceux du français, en chiffres, et eux seuls (${figures(fr) || 'aucun'}). La traduction a : ${figures(texte) || 'aucun'}.`,
      );
  });
export type TranslatedText = z.output<typeof translatedText>;

/** The fields of src/i18n/scope.ts TRANSLATED_FICHE_FIELDS: a title and a summary, then lists in the fiche's order. */
const ficheTranslation = z
  .object({
    titre: translatedText.optional(),
    resume: translatedText.optional(),
    public_vise: z.array(translatedText).optional(),
    acces: z.array(translatedText).optional(),
  })
  .strict();
export type FicheTranslation = z.output<typeof ficheTranslation>;

export const traductionSchema = () =>
  z
    .object({
      /** The interface strings, keyed as in src/i18n/fr.ts. */
      interface: z.record(z.string(), translatedText).meta({
        title: 'Interface',
        description: 'Les textes de l’interface, sous la clé de src/i18n/fr.ts.',
      }),
      /** The fiches' explanations the family pages show, by fiche id. */
      fiches: z.record(z.string(), ficheTranslation).default({}).meta({
        title: 'Fiches',
        description: 'Ce que c’est, pour qui, comment y entrer : les champs des fiches que montrent les pages pour les familles.',
      }),
    })
    .strict();
