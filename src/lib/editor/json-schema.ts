/**
 * JSON Schemas of the content files, generated from the zod schemas
 * (src/schemas): the same rules, for editors' tools (VS Code's YAML extension)
 * and for the CMS form (cms-config.ts). References become the id they are
 * written as, marked with `x-collection`; transforms give their input type.
 */
import { z } from 'astro/zod';
import { COLLECTIONS } from '../../schemas/index.ts';
import type { CollectionName, RefFactory } from '../../schemas/common.ts';

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  description?: string;
  additionalProperties?: boolean | JsonSchema;
  'x-collection'?: CollectionName;
  [key: string]: unknown;
};

/** A reference, as written in a file: the id of an entry of `collection`. */
const idRef: RefFactory = (collection) =>
  z
    .string()
    .min(1)
    .meta({ 'x-collection': collection })
    .transform((id) => ({ collection, id }));

/** The zod schema of one entry, with references as plain ids. */
export function entrySchemaOf(collection: CollectionName): z.ZodType {
  return COLLECTIONS[collection].schema(idRef) as z.ZodType;
}

interface ZodInternals {
  _zod: { def: { type: string; in?: ZodInternals; out?: ZodInternals; options?: ZodInternals[] } };
}

/** The collection a reference points to, found through the pipes around it. */
function collectionOf(schema: ZodInternals): CollectionName | undefined {
  const meta = z.globalRegistry.get(schema as unknown as z.ZodType) as { 'x-collection'?: CollectionName } | undefined;
  if (meta?.['x-collection']) return meta['x-collection'];
  const { type, in: input, out } = schema._zod.def;
  if (type !== 'pipe') return undefined;
  return (input && collectionOf(input)) ?? (out && collectionOf(out));
}

/** Dates are written AAAA-MM-JJ; YAML 1.2 (and the `yaml` package) reads them as strings. */
const DATE = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

/** The JSON Schema of one entry (for a Markdown file: its front matter). */
export function entryJsonSchema(collection: CollectionName): JsonSchema {
  const schema = z.toJSONSchema(entrySchemaOf(collection), {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = (zodSchema as unknown as ZodInternals)._zod.def;
      // `edition: 2027` is read as a string, then checked as a reference: keep the collection it points to.
      const collection = def.type === 'pipe' ? collectionOf(zodSchema as unknown as ZodInternals) : undefined;
      if (collection) jsonSchema['x-collection'] = collection;
      // `date` in common.ts is a union of a Date (YAML 1.1 readers) and a string: one string type for editors.
      if (def.type === 'union' && def.options?.some((o) => o._zod.def.type === 'date')) {
        for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
        Object.assign(jsonSchema, DATE);
      }
    },
  }) as JsonSchema;
  delete schema['$schema'];
  // Titles and descriptions come from the fields' `.meta()`; a field with none is titled by its name.
  // Both go after the rules, where the committed content/.schemas files have them.
  for (const [name, { title = name, description, ...rules }] of Object.entries(schema.properties ?? {})) {
    schema.properties![name] = { ...rules, title, ...(description === undefined ? {} : { description }) };
  }
  return schema;
}

/** The JSON Schema of a whole file: one entry, or for academies.yaml and the like, entries under their ids. */
export function fileJsonSchema(collection: CollectionName): JsonSchema {
  const entry = entryJsonSchema(collection);
  const files = COLLECTIONS[collection].files;
  const base = { $schema: 'https://json-schema.org/draft/2020-12/schema' };
  if ('file' in files) {
    return { ...base, title: `content/${files.file}`, type: 'object', additionalProperties: entry };
  }
  return { ...base, title: `content/${files.folder}`, ...entry };
}
