/**
 * The text of a new bulletin, action or lettre (`npm run nouveau`): the answers as
 * front matter, each field preceded by a French comment that says what it is.
 */
import { stringify } from 'yaml';
import { COLLECTIONS, CONTENT_DIR } from '../../schemas/index.ts';
import { entryJsonSchema } from './json-schema.ts';
import { slugify } from '../format/text.ts';

export type Kind = 'bulletin' | 'action' | 'lettre';
export const KINDS: readonly Kind[] = ['bulletin', 'action', 'lettre'];

export interface Question {
  field: string;
  /** The question asked on the terminal. */
  prompt: string;
  required: boolean;
  /** A list: answers separated by commas. */
  list?: boolean;
  /** Written as a quoted string (a département code: « 05 », not 5). */
  text?: boolean;
  /** Written as a number (a lettre's `numero`). */
  number?: boolean;
}

const PROVENANCE: Question[] = [
  { field: 'date_maj', prompt: 'Date de l’information (AAAA-MM-JJ)', required: true },
  { field: 'source', prompt: 'Source (identifiant de content/sources.yaml)', required: true },
];

export const QUESTIONS: Record<Kind, Question[]> = {
  bulletin: [
    { field: 'date', prompt: 'Jour du bulletin (AAAA-MM-JJ)', required: true },
    { field: 'edition', prompt: 'Édition (année, « 2027 »)', required: true, text: true },
    { field: 'academie', prompt: 'Académie (son identifiant dans content/academies.yaml)', required: true },
    { field: 'departement', prompt: 'Département à l’honneur (code, « 33 »)', required: true, text: true },
    { field: 'action_phare', prompt: 'Action phare (nom du fichier dans content/actions, sans .md)', required: false },
    ...PROVENANCE,
  ],
  action: [
    { field: 'titre', prompt: 'Titre de l’action', required: true },
    { field: 'etablissement', prompt: 'Établissement (nom du fichier dans content/etablissements, sans .yaml)', required: true },
    { field: 'thematiques', prompt: 'Thématiques, séparées par des virgules', required: false, list: true },
    { field: 'edition', prompt: 'Édition (année, « 2027 »)', required: false, text: true },
    ...PROVENANCE,
  ],
  lettre: [
    { field: 'titre', prompt: 'Titre de la lettre', required: true },
    { field: 'date', prompt: 'Date de la lettre (AAAA-MM-JJ)', required: true },
    { field: 'academie', prompt: 'Académie (son identifiant dans content/academies.yaml)', required: true },
    { field: 'numero', prompt: 'Numéro (Entrée : le numéro qui suit la dernière lettre de l’académie)', required: false, number: true },
    ...PROVENANCE,
  ],
};

const COLLECTION = { bulletin: 'bulletins', action: 'actions', lettre: 'lettres' } as const;

/** A title in a file name: its words, cut at a word and before 60 characters. */
function titleSlug(titre: string): string {
  const slug = slugify(titre);
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : 60);
}

/**
 * Where the new file goes, from the project root: « content/bulletins/2031-01-14-bordeaux.md »,
 * « content/lettres/bordeaux-2031-01-15-la-semaine-approche.md ». Names follow the checker's
 * file-name rule (src/lib/format/text.ts `SLUG`).
 */
export function entryPath(kind: Kind, values: Record<string, string>): string {
  const files = COLLECTIONS[COLLECTION[kind]].files as { folder: string };
  const parts =
    kind === 'bulletin'
      ? [values['date'], values['academie']]
      : kind === 'lettre'
        ? [values['academie'], values['date'], titleSlug(values['titre'] ?? '')]
        : [values['titre']];
  // Each part as the checker's file-name rule wants it: a wrong answer still makes a name the checker can report on.
  const name = parts
    .map((part) => slugify(part ?? ''))
    .filter(Boolean)
    .join('-');
  return `${CONTENT_DIR}/${files.folder}/${name}.md`;
}

/** The number after the académie's last lettre: 1 for its first. `existing` is what the lettres' files say, valid or not. */
export function nextNumero(existing: readonly { academie?: unknown; numero?: unknown }[], academie: string): number {
  const numbers = existing.filter((l) => l.academie === academie && typeof l.numero === 'number').map((l) => l.numero as number);
  return Math.max(0, ...numbers) + 1;
}

const BODY: Record<Kind, string> = {
  bulletin: 'Un jour, un territoire, une action : écrivez ici le texte du bulletin (Markdown : paragraphes, listes, liens).\n',
  action: 'Décrivez ici l’action : ce qui est fait, avec qui, pour quels élèves (Markdown : paragraphes, listes, liens).\n',
  lettre: 'L’éditorial : écrivez ici le mot qui ouvre la lettre (Markdown : paragraphes, listes, liens).\n',
};

/** Fields the questions do not ask, shown as a commented example to copy under the answers. */
const EXAMPLE: Partial<Record<Kind, string[]>> = {
  lettre: [
    '# Rubriques : retirez les « # » de ces lignes et remplacez les exemples.',
    '# Un élément cite une entrée du site (action, fiche, ressource, dispositif ou edition),',
    '# ou c’est un élément libre : titre, texte et, si besoin, un lien https://.',
    '# sections:',
    '#   - titre: Des actions à faire connaître',
    '#     elements:',
    '#       - action: identifiant-d-une-action',
    '#         texte: Votre mot sur cette action (facultatif).',
    '#       - fiche: gpds',
    '#   - titre: À noter',
    '#     elements:',
    '#       - titre: Une information',
    '#         texte: Ce qu’il faut en savoir.',
    '#         lien: https://www.education.gouv.fr/',
  ],
};

/** The file's text: every answered field with its comment, then the body. */
export function entryText(kind: Kind, values: Record<string, string>): string {
  const lines = ['---'];
  const fields = entryJsonSchema(COLLECTION[kind]).properties ?? {};
  for (const question of QUESTIONS[kind]) {
    const value = values[question.field]?.trim();
    if (!value) continue;
    const { title = question.field, description } = fields[question.field] ?? {};
    lines.push(`# ${title}${description ? ` : ${description}` : ''}`);
    const data = question.list
      ? value
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
      : question.number && /^\d+$/.test(value)
        ? Number(value)
        : value;
    // One line per field (`lineWidth: 0`): a long title folded onto an unindented next line would not be YAML.
    const yaml = stringify(data, { defaultStringType: question.text ? 'QUOTE_DOUBLE' : 'PLAIN', collectionStyle: 'flow', lineWidth: 0 });
    lines.push(`${question.field}: ${yaml.trimEnd()}`);
  }
  lines.push(...(EXAMPLE[kind] ?? []), '---', BODY[kind]);
  return lines.join('\n');
}
