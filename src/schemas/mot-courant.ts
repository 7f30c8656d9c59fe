/**
 * Everyday words and the site's words they mean, for the site search
 * (content/mots-courants.yaml, keyed by the site's words: « décrochage »).
 * The build gives them to the search page (src/lib/search/query.ts); a test on
 * the built site checks that the pages do use each key (tests/build/search-words.test.ts).
 */
import { z } from 'astro/zod';
import { prepareRewrites } from '../lib/search/query.ts';
import { isStopWord, wordsOf } from '../lib/search/words.ts';

const hasMeaning = (phrase: string) => wordsOf(phrase).some((word) => !isStopWord(word));

/** Whether the search reads two phrases alike: accents, plurals, endings, and with two words or more the small words, do not count. */
function alike(a: string, b: string): boolean {
  const [x, y] = prepareRewrites([{ search: '', words: [a, b] }]);
  return x!.words === y!.words || (x!.loose !== undefined && x!.loose === y!.loose);
}

export const motCourantSchema = () =>
  z
    .object({
      /** What a family or a member of staff types for the site's words: « lâcher les cours ». */
      mots: z
        .array(
          z
            .string()
            .min(1)
            .refine(hasMeaning, {
              error: (issue) =>
                `« ${String(issue.input)} » n'a que des petits mots que la recherche ignore (le, de, mon, ne, pas…) : écrivez l'expression entière, par exemple « lâcher les cours ».`,
            }),
        )
        .min(1, 'aucun mot : ajoutez au moins une expression de tous les jours, une par ligne (« - lâcher les cours »).')
        .superRefine((phrases, ctx) => {
          phrases.forEach((phrase, index) => {
            const same = phrases.slice(0, index).find((earlier) => alike(earlier, phrase));
            if (same !== undefined)
              ctx.addIssue({
                code: 'custom',
                path: [index],
                message: `« ${phrase} » revient au même que « ${same} » pour la recherche (accents, petits mots, pluriels et terminaisons ne comptent pas) : gardez une seule des deux lignes.`,
              });
          });
        })
        .meta({
          title: 'Mots de tous les jours',
          description: 'Une expression par ligne, comme une famille ou une équipe la tape : « lâcher les cours », « déscolarisé ».',
        }),
    })
    .strict();
