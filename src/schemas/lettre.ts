/**
 * A numbered issue of an académie's « lettre de la MLDS » (content/lettres/*.md), the
 * letter the Poitiers circular of 2014 asks to be sent regularly « pour informer les
 * acteurs, valoriser et mutualiser les pratiques ». The Markdown body is the editorial;
 * `sections` point to what the site already holds, or say something of their own.
 *
 * `numero` is optional: the number is a published fact (it is in the e-mails already
 * sent), so it is written in the file, never computed at build. `npm run nouveau --
 * lettre` writes the académie's next number for the editor; the content check refuses
 * two issues of one académie with the same number (src/integrations/content-check/cross.ts).
 */
import { z } from 'astro/zod';
import { date, provenance, webAddress, type RefFactory } from './common.ts';

/** The fields by which an item points to an entry of the site, one per kind of entry. */
export const LETTRE_REFERENCES = ['action', 'fiche', 'ressource', 'dispositif', 'edition'] as const;
export type LettreReference = (typeof LETTRE_REFERENCES)[number];

const list = (fields: readonly string[]) => fields.map((f) => `\`${f}\``).join(', ');
const REFERENCES_TEXT = `${list(LETTRE_REFERENCES.slice(0, -1))} ou \`${LETTRE_REFERENCES.at(-1)}\``;

/** An item once read: an entry of the site, with the editor's own words if any, or a free item. */
export type LettreItem =
  | { kind: LettreReference; id: string; texte?: string | undefined }
  | { kind: 'libre'; titre: string; texte: string; lien?: string | undefined };

const element = (ref: RefFactory) =>
  z
    .object({
      action: ref('actions')
        .optional()
        .meta({ title: 'Action', description: 'Une action à faire connaître : un fichier de content/actions, sans .md.' }),
      fiche: ref('fiches')
        .optional()
        .meta({ title: 'Fiche technique', description: 'Une fiche : un fichier de content/fiches, sans .md.' }),
      ressource: ref('ressources')
        .optional()
        .meta({
          title: 'Ressource',
          description: 'Un document, une vidéo, un texte officiel : un fichier de content/ressources, sans .md.',
        }),
      dispositif: ref('dispositifs')
        .optional()
        .meta({ title: 'Dispositif', description: 'Un dispositif : un fichier de content/dispositifs, sans .md.' }),
      /** The edition of the Semaine: its year, as bulletins write it. */
      edition: z
        .union([z.string(), z.number().int()])
        .transform(String)
        .pipe(ref('editions'))
        .optional()
        .meta({ title: 'Édition de la Semaine', description: 'Son année, « 2027 » : un fichier de content/editions.' }),
      titre: z
        .string()
        .min(1)
        .optional()
        .meta({ title: 'Titre', description: 'Pour un élément libre seulement : les autres prennent le titre de l’entrée citée.' }),
      texte: z.string().min(1).optional().meta({
        title: 'Texte',
        description:
          'Obligatoire pour un élément libre ; pour une entrée citée, votre mot sur elle (facultatif). Texte simple, sans Markdown.',
      }),
      lien: webAddress({ https: true })
        .optional()
        .meta({ title: 'Lien', description: 'Pour un élément libre seulement, facultatif : une adresse qui commence par https://.' }),
    })
    .strict()
    .superRefine(
      (value, ctx) => {
        const given = LETTRE_REFERENCES.filter((field) => value[field] !== undefined);
        if (given.length > 1) {
          ctx.addIssue({
            code: 'custom',
            path: [given[1]!],
            message: `un élément cite une seule entrée, celui-ci en cite ${given.length} (${list(given)}) : faites-en ${given.length} éléments, un par entrée.`,
          });
        }
        if (given.length > 0) {
          for (const field of ['titre', 'lien'] as const)
            if (value[field] !== undefined)
              ctx.addIssue({
                code: 'custom',
                path: [field],
                message:
                  field === 'titre'
                    ? `un élément qui cite une entrée (\`${given[0]}\`) prend son titre : supprimez \`titre\`, et écrivez votre mot sur elle dans \`texte\`.`
                    : `un élément qui cite une entrée (\`${given[0]}\`) mène à sa page : supprimez \`lien\`, ou faites un élément libre (\`titre\`, \`texte\`, \`lien\`).`,
              });
          return;
        }
        if (value.titre === undefined && value.texte === undefined) {
          ctx.addIssue({
            code: 'custom',
            message: `élément vide : citez une entrée du site (${REFERENCES_TEXT}), ou écrivez un élément libre avec \`titre\` et \`texte\` (et un \`lien\` si besoin).`,
          });
          return;
        }
        for (const field of ['titre', 'texte'] as const)
          if (value[field] === undefined)
            ctx.addIssue({
              code: 'custom',
              path: [field],
              message: `champ obligatoire manquant : un élément libre a un \`titre\` et un \`texte\` (ou bien il cite une entrée du site : ${REFERENCES_TEXT}).`,
            });
      },
      // Reads only which fields are there: runs even when a reference is unknown, so that one check reports both.
      { when: () => true },
    )
    .transform((value): LettreItem => {
      const kind = LETTRE_REFERENCES.find((field) => value[field] !== undefined);
      return kind
        ? { kind, id: value[kind]!.id, texte: value.texte }
        : { kind: 'libre', titre: value.titre!, texte: value.texte!, lien: value.lien };
    });

const section = (ref: RefFactory) =>
  z
    .object({
      titre: z.string().min(1).meta({ title: 'Titre de la rubrique', description: '« Des actions à faire connaître », « À lire ».' }),
      texte: z.string().min(1).optional().meta({ title: 'Introduction', description: 'Une phrase avant les éléments, facultative.' }),
      elements: z
        .array(element(ref))
        .min(1, 'rubrique sans élément : ajoutez-en au moins un, ou supprimez la rubrique.')
        .meta({
          title: 'Éléments',
          description: `Chacun cite une entrée du site (${REFERENCES_TEXT}), ou c’est un élément libre : \`titre\`, \`texte\`, \`lien\`.`,
        }),
    })
    .strict();

export const lettreSchema = (ref: RefFactory) =>
  z
    .object({
      titre: z.string().min(1, 'titre manquant.').meta({ title: 'Titre de la lettre', description: 'Le titre de ce numéro.' }),
      /** The issue's number in its académie's series; optional (see above). */
      numero: z
        .number({ error: (issue) => (issue.input === undefined ? undefined : 'numéro : un nombre entier, sans « n° », par exemple 3.') })
        .int('numéro : un nombre entier, sans « n° », par exemple 3.')
        .positive('numéro : 1 pour la première lettre de l’académie, puis 2, 3…')
        .optional()
        .meta({ title: 'Numéro', description: 'Le numéro de cette lettre dans la série de l’académie : 1, 2, 3…' }),
      /** The day the issue is dated and sent. */
      date: date.meta({ title: 'Date de la lettre', description: 'Le jour où elle paraît (AAAA-MM-JJ).' }),
      academie: ref('academies').meta({
        title: 'Académie',
        description: 'L’académie qui publie la lettre : son identifiant dans content/academies.yaml.',
      }),
      sections: z
        .array(section(ref))
        .default([])
        .meta({ title: 'Rubriques', description: 'Chacune a un titre et des éléments : des entrées du site ou des éléments libres.' }),
      ...provenance(ref),
    })
    .strict();
