/**
 * Reads every content file as Astro's loaders will, but keeps what a person
 * needs to fix a mistake: the file, and the line of each field.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load, type YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { COLLECTIONS, CONTENT_DIR } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/common.ts';
import type { Problem } from './problem.ts';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path from the project root, « content/fiches/gpds.md ». */
  file: string;
  data: unknown;
  /** Markdown body, for Markdown entries. */
  body?: string;
  /** The file line where the body starts, after the front matter. */
  bodyLine?: number;
  /** The line of a field, counted from 1, for messages. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
/** File names become URLs: lower case, digits and hyphens keep them stable and readable. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Parses YAML fast (js-yaml, YAML 1.2 core schema: dates stay text, which the
 * schemas check) and keeps the slower, line-aware parse (`yaml`) for when a
 * message needs a line: on a syntax error, or when a field is reported.
 */
function parseYaml(text: string, lineOffset: number) {
  let document: { doc: Document; lineCounter: LineCounter } | undefined;
  const located = () => {
    if (!document) {
      const lineCounter = new LineCounter();
      document = { doc: parseDocument(text, { lineCounter, prettyErrors: false }), lineCounter };
    }
    return document;
  };
  const lineAt = (offset: number) => located().lineCounter.linePos(offset).line + lineOffset;
  /** Line finder for the entry found under `prefix` (an id, in files that hold several entries). */
  const linesUnder = (prefix: readonly PropertyKey[]) => (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = located().doc.getIn([...prefix, ...path.slice(0, n)], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  try {
    const data: unknown = load(text, { schema: CORE_SCHEMA });
    return { data, errors: [], lineOf: linesUnder([]), linesUnder };
  } catch (error) {
    const { doc } = located();
    const errors =
      doc.errors.length > 0
        ? doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: e.message }))
        : [{ line: ((error as YAMLException).mark?.line ?? 0) + 1 + lineOffset, message: (error as YAMLException).reason }];
    return { data: undefined, errors, lineOf: linesUnder([]), linesUnder };
  }
}

export function readContent(root: string): { entries: RawEntry[]; problems: Problem[] } {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  for (const [name, { files }] of Object.entries(COLLECTIONS)) {
    const collection = name as CollectionName;
    if ('file' in files) {
      const path = join(root, CONTENT_DIR, files.file);
      const file = relative(root, path);
      if (!existsSync(path)) {
        problems.push({ file, message: 'fichier manquant : il doit exister, même vide (`{}`).' });
        continue;
      }
      const { data, errors, linesUnder } = parseYaml(readFileSync(path, 'utf8'), 0);
      errors.forEach(({ line, message }) => problems.push({ file, line, message: `YAML illisible : ${message}` }));
      if (errors.length > 0) continue;
      const contents = data ?? {};
      if (typeof contents !== 'object' || Array.isArray(contents)) {
        problems.push({
          file,
          line: 1,
          message: 'le fichier doit associer un identifiant à chaque entrée (« identifiant: » puis ses champs).',
        });
        continue;
      }
      for (const [id, data] of Object.entries(contents as Record<string, unknown>)) {
        entries.push({ collection, id, file, data, lineOf: linesUnder([id]) });
      }
      continue;
    }
    const folder = join(root, CONTENT_DIR, files.folder);
    if (!existsSync(folder)) continue;
    const seen = new Map<string, string>();
    for (const name of readdirSync(folder).sort()) {
      const dot = name.lastIndexOf('.');
      const id = name.slice(0, dot);
      const extension = name.slice(dot + 1);
      const file = relative(root, join(folder, name));
      if (name.startsWith('.') || name.startsWith('_')) continue;
      if (!(files.extensions as readonly string[]).includes(extension)) {
        problems.push({
          file,
          message: `extension « .${extension} » non prise en compte ici : attendu ${files.extensions.map((e) => `.${e}`).join(' ou ')}.`,
        });
        continue;
      }
      if (!SLUG.test(id)) {
        problems.push({
          file,
          message: `nom de fichier « ${name} » : utilisez des minuscules sans accents, des chiffres et des tirets (il devient l'adresse de la page).`,
        });
        continue;
      }
      const other = seen.get(id);
      if (other) {
        problems.push({
          file,
          message: `même identifiant « ${id} » que ${other} : deux pages auraient la même adresse. Renommez l'un des fichiers.`,
        });
        continue;
      }
      seen.set(id, file);
      const text = readFileSync(join(folder, name), 'utf8');
      if (extension === 'yaml') {
        const { data, errors, lineOf } = parseYaml(text, 0);
        errors.forEach(({ line, message }) => problems.push({ file, line, message: `YAML illisible : ${message}` }));
        if (errors.length === 0) entries.push({ collection, id, file, data: data ?? {}, lineOf });
        continue;
      }
      const match = FRONT_MATTER.exec(text);
      if (!match) {
        problems.push({ file, line: 1, message: 'en-tête manquant : le fichier doit commencer par « --- », les champs, puis « --- ».' });
        continue;
      }
      const { data, errors, lineOf } = parseYaml(match[1]!, 1);
      errors.forEach(({ line, message }) => problems.push({ file, line, message: `en-tête YAML illisible : ${message}` }));
      const bodyLine = match[0].split('\n').length;
      if (errors.length === 0)
        entries.push({ collection, id, file, data: data ?? {}, body: text.slice(match[0].length), bodyLine, lineOf });
    }
  }
  return { entries, problems };
}
