/**
 * The text of a new bulletin or action (`npm run nouveau`): the answers as
 * front matter, each field preceded by a French comment that says what it is.
 */
import { stringify } from 'yaml';
import { COLLECTIONS, CONTENT_DIR } from '../../schemas/index.ts';
import { entryJsonSchema } from './json-schema.ts';
import { slugify } from '../format/text.ts';

export type Kind = 'bulletin' | 'action';

export interface Question {
  field: string;
  /** The question asked on the terminal. */
  prompt: string;
  required: boolean;
  /** A list: answers separated by commas. */
  list?: boolean;
  /** Written as a quoted string (a département code: « 05 », not 5). */
  text?: boolean;
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
};

const COLLECTION = { bulletin: 'bulletins', action: 'actions' } as const;

/** Where the new file goes, from the project root: « content/bulletins/2031-01-14-bordeaux.md ». */
export function entryPath(kind: Kind, values: Record<string, string>): string {
  const files = COLLECTIONS[COLLECTION[kind]].files as { folder: string };
  const name = kind === 'bulletin' ? `${values['date']}-${values['academie']}` : slugify(values['titre'] ?? '');
  return `${CONTENT_DIR}/${files.folder}/${name}.md`;
}

const BODY: Record<Kind, string> = {
  bulletin: 'Un jour, un territoire, une action : écrivez ici le texte du bulletin (Markdown : paragraphes, listes, liens).\n',
  action: 'Décrivez ici l’action : ce qui est fait, avec qui, pour quels élèves (Markdown : paragraphes, listes, liens).\n',
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
      : value;
    const yaml = stringify(data, { defaultStringType: question.text ? 'QUOTE_DOUBLE' : 'PLAIN', collectionStyle: 'flow' });
    lines.push(`${question.field}: ${yaml.trimEnd()}`);
  }
  lines.push('---', BODY[kind]);
  return lines.join('\n');
}
