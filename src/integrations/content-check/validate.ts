/** Validates every entry against its schema, with references checked against the ids that exist. */
import { z } from 'astro/zod';
import { COLLECTIONS } from '../../schemas/index.ts';
import type { CollectionName, RefFactory } from '../../schemas/common.ts';
import { frenchErrorMap } from './error-map.ts';
import type { Problem } from './problem.ts';
import type { RawEntry } from './read.ts';

/** What the schema of collection `C` gives for one entry. */
export type EntryData<C extends CollectionName> = (typeof COLLECTIONS)[C]['schema'] extends (...args: never[]) => infer S
  ? z.output<S>
  : never;

/** A valid entry; for an entry of one known collection, its data typed by that collection's schema. */
export interface ParsedEntry<C extends CollectionName = CollectionName> extends RawEntry {
  collection: C;
  parsed: CollectionName extends C ? Record<string, unknown> : EntryData<C>;
}

/** The valid entries of one collection, typed by its schema. */
export function entriesOf<C extends CollectionName>(entries: readonly ParsedEntry[], collection: C): ParsedEntry<C>[] {
  // `collection` is the discriminant: the schema of that collection produced `parsed`.
  return entries.filter((e) => e.collection === collection) as unknown as ParsedEntry<C>[];
}

/** Where the ids of a collection are: keys of one file, or file names in a folder. */
const WHERE_IDS: Record<CollectionName, string> = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, { files }]) => [
    name,
    'file' in files ? `une clé de content/${files.file}` : `le nom d'un fichier de content/${files.folder}/, sans extension`,
  ]),
) as Record<CollectionName, string>;

/** In a file holding several entries, a field is named under its entry: « poitiers.contacts.0 ». */
export function fieldName(entry: RawEntry, path: readonly PropertyKey[]): string | undefined {
  return [...('file' in COLLECTIONS[entry.collection].files ? [entry.id] : []), ...path].map(String).join('.') || undefined;
}

/**
 * `unreadable` names the entries (« etablissements/lycee-nord ») and the one-file
 * collections (« glossaire ») that exist but could not be read: a reference to
 * them is not reported as missing on top of the mistake already reported.
 */
export function validateEntries(
  entries: readonly RawEntry[],
  unreadable: ReadonlySet<string> = new Set(),
): { parsed: ParsedEntry[]; problems: Problem[] } {
  const ids = new Map<CollectionName, Set<string>>();
  for (const { collection, id } of entries) ids.set(collection, (ids.get(collection) ?? new Set()).add(id));
  const exists = (collection: CollectionName, id: string) =>
    ids.get(collection)?.has(id) || unreadable.has(collection) || unreadable.has(`${collection}/${id}`);

  const ref: RefFactory = <C extends CollectionName>(collection: C) =>
    z
      .string({
        error: (issue) =>
          issue.input === undefined ? 'champ obligatoire manquant : ajoutez-le.' : `identifiant attendu : ${WHERE_IDS[collection]}.`,
      })
      .superRefine((id, ctx) => {
        if (!exists(collection, id)) {
          ctx.addIssue({
            code: 'custom',
            message: `« ${id} » n'existe pas : l'identifiant doit être ${WHERE_IDS[collection]}.`,
          });
        }
      })
      .transform((id) => ({ collection, id }));

  const schemas = new Map<CollectionName, z.ZodType>();
  const parsed: ParsedEntry[] = [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    const { collection } = entry;
    if (!schemas.has(collection)) schemas.set(collection, COLLECTIONS[collection].schema(ref) as z.ZodType);
    const result = schemas.get(collection)!.safeParse(entry.data, { error: frenchErrorMap });
    if (result.success) {
      parsed.push({ ...entry, parsed: result.data as Record<string, unknown> });
      continue;
    }
    for (const issue of result.error.issues) {
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      problems.push({
        file: entry.file,
        line: entry.lineOf(path),
        field: fieldName(entry, path),
        message: issue.message,
      });
    }
  }
  return { parsed, problems };
}
