/**
 * `npm run schemas:json`: writes the JSON Schema of every collection to
 * content/.schemas/, from the zod schemas (src/lib/editor/json-schema.ts).
 * VS Code's YAML extension reads them (.vscode/settings.json): completion,
 * French hints on hover, errors while typing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, CONTENT_DIR } from '../src/schemas/index.ts';
import type { CollectionName } from '../src/schemas/common.ts';
import { fileJsonSchema } from '../src/lib/editor/json-schema.ts';

export const SCHEMAS_DIR = join(CONTENT_DIR, '.schemas');

/** File name → text, « editions.json » → its schema: what the script writes, also read by the drift test. */
export function jsonSchemaFiles(): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(COLLECTIONS) as CollectionName[]).map((collection) => [
      `${collection}.json`,
      `${JSON.stringify(fileJsonSchema(collection), null, 2)}\n`,
    ]),
  );
}

if (import.meta.main) {
  const folder = join(process.argv[2] ?? process.cwd(), SCHEMAS_DIR);
  mkdirSync(folder, { recursive: true });
  const files = jsonSchemaFiles();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  console.log(`${Object.keys(files).length} schémas JSON écrits dans ${SCHEMAS_DIR}/.`);
}
