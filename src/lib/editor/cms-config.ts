/**
 * The Sveltia CMS configuration (served at /admin/config.yml), generated from
 * the JSON Schemas of json-schema.ts, so that the form asks for exactly what
 * the build accepts. Options of a closed list come from the schema's enum;
 * references to collections the CMS does not edit become a list of the ids that
 * exist when the site is built.
 */
import { stringify } from 'yaml';
import { COLLECTIONS, CONTENT_DIR } from '../../schemas/index.ts';
import { SLUG } from '../format/text.ts';
import type { CollectionName } from '../../schemas/common.ts';
import { MAX_MEDIA_BYTES, MEDIA_FOLDER, MEDIA_PUBLIC_PATH } from '../media/formats.ts';
import { entryJsonSchema, type JsonSchema } from './json-schema.ts';

/** The collections a coordinator edits in the CMS. */
export const CMS_COLLECTIONS = ['bulletins', 'actions', 'editions', 'lettres'] as const satisfies readonly CollectionName[];
type CmsCollection = (typeof CMS_COLLECTIONS)[number];

/** The French names of the collections in the CMS. */
const COLLECTION_LABELS: Record<CmsCollection, { label: string; singular: string }> = {
  bulletins: { label: 'Bulletins de la Semaine', singular: 'Bulletin' },
  actions: { label: 'Actions de la Semaine', singular: 'Action' },
  editions: { label: 'Éditions de la Semaine', singular: 'Édition' },
  lettres: { label: 'Lettres de la MLDS', singular: 'Lettre' },
};

export type CmsField = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  options?: string[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  [key: string]: unknown;
};

export interface BackendOptions {
  name: 'github' | 'gitlab';
  /** « owner/name », or « groupe/projet » on GitLab. */
  repo: string;
  branch?: string;
  /** OAuth client (GitHub) origin, « https://oauth.example.fr ». */
  base_url?: string;
  /** A self-hosted GitLab's API, « https://forge.apps.education.fr/api/v4 ». */
  api_root?: string;
  /** GitLab OAuth application id, for the PKCE flow (no server needed). */
  app_id?: string;
}

/** What a field's widget needs: its schema, and the ids of the collections it may point to. */
export type IdsOf = (collection: CollectionName) => string[];

const DATE = { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };

/** The first alternative the form can show: an id rather than an object, a string rather than a number. */
function main(schema: JsonSchema): JsonSchema {
  if (!schema.anyOf) return schema;
  const { anyOf, ...rest } = schema;
  return { ...anyOf[0], ...rest };
}

/** What the CMS shows of an entry it points to. */
const DISPLAY: Record<CmsCollection, string> = { bulletins: 'date', actions: 'titre', editions: 'debut', lettres: 'titre' };

function widgetOf(schema: JsonSchema, ids: IdsOf): Omit<CmsField, 'name' | 'label'> & { widget: string } {
  const s = main(schema);
  const target = s['x-collection'];
  if (target) {
    return target in DISPLAY
      ? { widget: 'relation', collection: target, value_field: '{{slug}}', search_fields: [DISPLAY[target as CmsCollection]] }
      : { widget: 'select', options: ids(target) };
  }
  if (s.enum) return { widget: 'select', options: s.enum.map(String) };
  if (s.format === 'date') return DATE;
  if (s.type === 'number' || s.type === 'integer') return { widget: 'number', value_type: s.type === 'integer' ? 'int' : 'float' };
  if (s.type === 'boolean') return { widget: 'boolean' };
  if (s.type === 'object') return { widget: 'object', fields: fieldsOf(s, ids) };
  if (s.type === 'array' && s.items) {
    const item = widgetOf(s.items, ids);
    if (item.widget === 'select' || item.widget === 'relation') return { ...item, multiple: true };
    if (item.widget === 'object') return { widget: 'list', fields: item.fields };
    return { widget: 'list', field: { name: 'element', label: 'Élément', ...item } };
  }
  // The same rule as the checker's while the form is filled: a web address starts with https:// (src/lib/security/addresses.ts).
  if (typeof s.pattern === 'string')
    return { widget: 'string', pattern: [s.pattern, String(s['patternErrorMessage'] ?? 'Format non reconnu.')] };
  return { widget: 'string' };
}

/** The form fields of an object schema, in the schema's order; label and hint are the fields' title and description. */
export function fieldsOf(schema: JsonSchema, ids: IdsOf): CmsField[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]): CmsField => ({
    name,
    label: typeof property.title === 'string' ? property.title : name,
    ...(property.description ? { hint: property.description } : {}),
    ...widgetOf(property, ids),
    required: schema.required?.includes(name) ?? false,
  }));
}

/** File names are URLs (src/integrations/content-check/read.ts): a bulletin is « <date>-<académie> ». */
export const SLUGS: Record<CmsCollection, string> = {
  bulletins: '{{fields.date}}-{{fields.academie}}',
  actions: '{{fields.titre}}',
  editions: "{{fields.debut | date('YYYY')}}",
  // As `npm run nouveau -- lettre` names it (src/lib/editor/new-entry.ts): académie, date, title.
  lettres: '{{fields.academie}}-{{fields.date}}-{{fields.titre}}',
};

/**
 * How the CMS turns each value of a slug template into part of a file name (Sveltia's global
 * `slug` options, https://sveltiacms.app/en/docs/collections/entries/slugs#global-slug-options):
 * accents transliterated (« é » → « e », « œ » → « oe »), then everything but ASCII letters, digits,
 * « _ », « - » and « ~ » replaced by « - », runs of « - » merged and trimmed from both ends, lower case.
 */
export const SLUG_OPTIONS = {
  encoding: 'ascii',
  clean_accents: true,
  sanitize_replacement: '-',
  trim: true,
  lowercase: true,
} as const;

/**
 * What those options keep that the checker's file names refuse (`SLUG`): « _ » and « ~ », and the
 * Arabic tatweel, which the transliteration writes « _ ». A free text that fills a slug template
 * (an action's title) may not hold them: the form says so before the file is named.
 */
export const UNSAFE_IN_SLUG = /[_~\u0640]/;
const SAFE_FOR_SLUG: [string, string] = [
  `^[^${UNSAFE_IN_SLUG.source.slice(1, -1)}]*$`,
  'Ce texte donne son nom au fichier : écrivez-le sans « _ » ni « ~ ».',
];

/** A slug typed in the CMS's slug field is checked as the build checks file names. */
const SLUG_PATTERN: [string, string] = [
  SLUG.source,
  'Des minuscules sans accents, des chiffres et des tirets, sans tiret au début ni à la fin : le nom du fichier devient l’adresse de la page.',
];

/** The fields a slug template reads: `{{fields.titre}}`, `{{fields.debut | date('YYYY')}}` → titre, debut. */
export function slugTemplateFields(template: string): string[] {
  return [...template.matchAll(/{{\s*fields\.([\w.]+)/g)].map(([, name]) => name!);
}

/** The form's fields, a free text that names the file refusing what the file name could not hold. */
function withSafeSlugText(fields: CmsField[], template: string): CmsField[] {
  const named = new Set(slugTemplateFields(template));
  return fields.map((field) => {
    if (!named.has(field.name) || field.widget !== 'string') return field;
    // A field with a pattern of its own (a web address) would need both: no template reads one.
    if (field['pattern']) throw new Error(`cms-config : le champ « ${field.name} » a déjà un motif et nomme le fichier.`);
    return { ...field, pattern: SAFE_FOR_SLUG };
  });
}

export function cmsConfig(backend: BackendOptions, ids: IdsOf) {
  return {
    backend: { branch: 'main', ...backend, ...(backend.app_id ? { auth_type: 'pkce' } : {}) },
    // Each submission becomes a pull request (merge request on GitLab) that a maintainer reviews.
    publish_mode: 'editorial_workflow',
    app_title: 'Persévérance scolaire — rédaction',
    media_folder: MEDIA_FOLDER,
    public_folder: MEDIA_PUBLIC_PATH,
    // The build's limit, told at upload; names made fit for a URL (with `slug` below). Sveltia has no list of
    // accepted types for the media library (only `accept` on file and image fields, which this form has none of):
    // src/integrations/content-check/media.ts refuses the other types at the build.
    media_libraries: { default: { config: { max_file_size: MAX_MEDIA_BYTES, slugify_filename: true } } },
    slug: SLUG_OPTIONS,
    output: { omit_empty_optional_fields: true },
    collections: CMS_COLLECTIONS.map((collection) => {
      const { files } = COLLECTIONS[collection];
      const markdown = 'folder' in files && (files.extensions as readonly string[]).includes('md');
      const label = COLLECTION_LABELS[collection];
      return {
        name: collection,
        label: label.label,
        label_singular: label.singular,
        folder: `${CONTENT_DIR}/${'folder' in files ? files.folder : ''}`,
        create: true,
        extension: markdown ? 'md' : 'yaml',
        format: markdown ? 'frontmatter' : 'yaml',
        slug: { template: SLUGS[collection], pattern: SLUG_PATTERN },
        identifier_field: DISPLAY[collection],
        fields: [
          ...withSafeSlugText(fieldsOf(entryJsonSchema(collection), ids), SLUGS[collection]),
          ...(markdown
            ? [{ name: 'body', label: collection === 'lettres' ? 'Éditorial' : 'Texte', widget: 'markdown', required: false }]
            : []),
        ],
      };
    }),
  };
}

/** The backend, from the build's environment (docs/cms.md). */
export function backendFromEnv(env: Record<string, string | undefined>): BackendOptions {
  const name = env['CMS_BACKEND'] === 'gitlab' ? 'gitlab' : 'github';
  const optional = { base_url: env['CMS_OAUTH_URL'], api_root: env['CMS_API_ROOT'], app_id: env['CMS_APP_ID'], branch: env['CMS_BRANCH'] };
  return {
    name,
    repo: env['CMS_REPO'] ?? 'proprietaire/depot',
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v)),
  };
}

export function cmsConfigYaml(backend: BackendOptions, ids: IdsOf): string {
  return `# Généré par src/lib/editor/cms-config.ts à partir des schémas : ne pas modifier à la main.\n${stringify(cmsConfig(backend, ids))}`;
}
