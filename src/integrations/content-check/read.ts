/**
 * Reads every content file as Astro's loaders will (the same files, the same
 * YAML reader, the same front matter), but keeps what a person needs to fix a
 * mistake: the file, the line and the field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SLUG } from '../../lib/format/text.ts';
import { COLLECTIONS, CONTENT_DIR, globPattern } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/common.ts';
import { everyFile, filesAstroLoads, isSymbolicLink, KEEP_FILES } from './files.ts';
import type { Problem } from './problem.ts';
import { controlCharacters, firstNonUtf8Line, withoutControlCharacters } from './source-text.ts';
import { parseYaml } from './yaml.ts';

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

export interface ReadContent {
  entries: RawEntry[];
  problems: Problem[];
  /**
   * Entries that exist but could not be read (« etablissements/lycee-nord »), and
   * whole collections whose one file could not be read (« glossaire »): a
   * reference to them is not reported as missing on top of the real mistake.
   */
  unreadable: Set<string>;
}

/**
 * Astro's own front matter pattern (@astrojs/internal-helpers/frontmatter): a
 * byte order mark or blank lines may come first, and the first line that starts
 * with `---` (or `+++`) closes it, whatever follows on that line.
 */
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
/** Files of content/ that no collection reads and that are never published. */
const OUTSIDE_COLLECTIONS = new Set(['.schemas', ...KEEP_FILES]);

/** The text of a file, once its bytes are known to be UTF-8 without control characters (reported otherwise). */
function readText(path: string, file: string, problems: Problem[], fieldAt?: (text: string, offset: number) => string | undefined) {
  const bytes = readFileSync(path);
  const latin = firstNonUtf8Line(bytes);
  if (latin) {
    problems.push({
      file,
      line: latin.line,
      message: `le fichier n'est pas enregistré en UTF-8${latin.latin1 ? ` (cette ligne se lirait « ${latin.latin1} » en Latin-1)` : ''} : enregistrez-le en UTF-8 (« Enregistrer sous », codage « UTF-8 »), sinon les lettres accentuées s'afficheraient « � ».`,
    });
    return undefined;
  }
  const text = bytes.toString('utf8');
  const controls = controlCharacters(text);
  for (const { offset, line, codePoint } of controls)
    problems.push({
      file,
      line,
      field: fieldAt?.(text, offset),
      message: `caractère invisible ${codePoint} : supprimez-le (il vient souvent d'un copier-coller ; dans l'éditeur, effacez et retapez les lettres autour).`,
    });
  return controls.length > 0 ? withoutControlCharacters(text) : text;
}

/** The field at `offset` of a YAML file. */
const yamlFieldAt = (text: string, offset: number) => parseYaml(text, 0).fieldAt(offset);

/** The field at `offset` of a Markdown file, when the offset falls in its front matter. */
function frontMatterFieldAt(text: string, offset: number): string | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  const start = match.index + match[0].indexOf(match[2]!);
  return offset >= start && offset < start + match[2]!.length ? parseYaml(match[2]!, 0).fieldAt(offset - start) : undefined;
}

function readFileCollection(root: string, collection: CollectionName, name: string, result: ReadContent) {
  const { entries, problems, unreadable } = result;
  const path = join(root, CONTENT_DIR, name);
  const file = `${CONTENT_DIR}/${name}`;
  if (!existsSync(path)) {
    problems.push({ file, message: 'fichier manquant : il doit exister, même vide (`{}`).' });
    unreadable.add(collection);
    return;
  }
  if (isSymbolicLink(path)) {
    problems.push({ file, message: 'lien symbolique refusé : remplacez-le par le fichier lui-même.' });
    unreadable.add(collection);
    return;
  }
  const text = readText(path, file, problems, yamlFieldAt);
  const yaml = text === undefined ? undefined : parseYaml(text, 0);
  yaml?.problems.forEach(({ line, message }) => problems.push({ file, line, message }));
  if (!yaml || yaml.problems.length > 0) {
    unreadable.add(collection);
    return;
  }
  const contents = yaml.data ?? {};
  if (typeof contents !== 'object' || Array.isArray(contents)) {
    problems.push({
      file,
      line: 1,
      message: 'le fichier doit associer un identifiant à chaque entrée (« identifiant: » puis ses champs).',
    });
    unreadable.add(collection);
    return;
  }
  for (const [id, data] of Object.entries(contents as Record<string, unknown>))
    entries.push({ collection, id, file, data, lineOf: yaml.linesUnder([id]) });
}

/** Why a file of a collection's folder that Astro would not load is there, and what to do with it. */
function notLoaded(name: string, extensions: readonly string[]): string {
  const expected = extensions.map((e) => `.${e}`).join(' ou ');
  if (name.includes('/'))
    return `dossier « ${name.split('/')[0]} » dans une collection : ses fichiers ne seraient pas publiés. Mettez-les directement dans le dossier de la collection, ou supprimez le dossier.`;
  if (name.startsWith('.')) return `fichier caché : il ne serait pas publié. Supprimez-le, ou renommez-le sans le point initial.`;
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot + 1);
  if (extension === 'mdx')
    return `MDX refusé dans content/ : le contenu est du texte, il ne peut pas exécuter de code à la construction du site. Renommez le fichier en .md et écrivez en Markdown ; un composant (un modèle à remplir, par exemple) se place dans src/ et l'entrée le nomme dans son en-tête.`;
  return dot < 0
    ? `fichier sans extension : il ne serait pas publié. Attendu ${expected}.`
    : `extension « .${extension} » non prise en compte ici : attendu ${expected}.`;
}

function readFolderCollection(
  root: string,
  collection: CollectionName,
  folderName: string,
  extensions: readonly string[],
  result: ReadContent,
) {
  const { entries, problems, unreadable } = result;
  const folder = join(root, CONTENT_DIR, folderName);
  if (!existsSync(folder)) return;
  const loaded = filesAstroLoads(folder, globPattern(extensions));
  const loadedSet = new Set(loaded);
  for (const name of everyFile(folder))
    if (!loadedSet.has(name) && !KEEP_FILES.has(name))
      problems.push({ file: `${CONTENT_DIR}/${folderName}/${name}`, message: notLoaded(name, extensions) });

  for (const name of loaded) {
    const path = join(folder, name);
    const file = `${CONTENT_DIR}/${folderName}/${name}`;
    const dot = name.lastIndexOf('.');
    const id = name.slice(0, dot);
    if (isSymbolicLink(path)) {
      problems.push({
        file,
        message: 'lien symbolique refusé : il publierait le fichier vers lequel il pointe. Remplacez-le par le fichier lui-même.',
      });
      continue;
    }
    if (!SLUG.test(id)) {
      problems.push({
        file,
        message: id.startsWith('_')
          ? `« ${name} » : un nom qui commence par « _ » ne fait pas un brouillon, le fichier serait publié. Un brouillon reste dans votre branche ou votre demande de fusion ; nommez le fichier en minuscules, chiffres et tirets.`
          : `nom de fichier « ${name} » : utilisez des minuscules sans accents, des chiffres et des tirets (il devient l'adresse de la page).`,
      });
      continue;
    }
    const text = readText(path, file, problems, name.endsWith('.yaml') ? yamlFieldAt : frontMatterFieldAt);
    if (text === undefined) {
      unreadable.add(`${collection}/${id}`);
      continue;
    }
    if (name.endsWith('.yaml')) {
      const yaml = parseYaml(text, 0);
      yaml.problems.forEach(({ line, message }) => problems.push({ file, line, message }));
      if (yaml.problems.length === 0) entries.push({ collection, id, file, data: yaml.data ?? {}, lineOf: yaml.linesUnder([]) });
      else unreadable.add(`${collection}/${id}`);
      continue;
    }
    const entry = readMarkdown(text, file, problems);
    if (entry) entries.push({ collection, id, file, ...entry });
    else unreadable.add(`${collection}/${id}`);
  }
}

/** The front matter and body of a Markdown file, split as Astro splits them. */
function readMarkdown(
  text: string,
  file: string,
  problems: Problem[],
): Pick<RawEntry, 'data' | 'body' | 'bodyLine' | 'lineOf'> | undefined {
  if (text.trim() === '') {
    problems.push({
      file,
      message:
        'fichier vide : il commence par un en-tête (« --- », les champs, « --- ») puis le texte. Copiez un fichier voisin pour partir d’un modèle.',
    });
    return undefined;
  }
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    problems.push({ file, line: 1, message: 'en-tête manquant : le fichier doit commencer par « --- », les champs, puis « --- ».' });
    return undefined;
  }
  const [whole, delimiter, frontMatter] = match as unknown as [string, string, string];
  const openingLine = text.slice(0, match.index + whole.indexOf(delimiter)).split('\n').length;
  if (delimiter === '+++') {
    problems.push({ file, line: openingLine, message: 'en-tête TOML (« +++ ») : écrivez-le en YAML, entre deux lignes « --- ».' });
    return undefined;
  }
  const yaml = parseYaml(frontMatter, openingLine - 1);
  yaml.problems.forEach(({ line, message }) => problems.push({ file, line, message: `en-tête : ${message}` }));
  if (yaml.problems.length > 0) return undefined;
  const bodyStart = match.index + whole.length;
  // Astro reads a front matter that is not a mapping as no field at all.
  const data = yaml.data !== null && typeof yaml.data === 'object' ? yaml.data : {};
  return { data, body: text.slice(bodyStart), bodyLine: text.slice(0, bodyStart).split('\n').length, lineOf: yaml.linesUnder([]) };
}

/** Files and folders of content/ that no collection reads: a mistake, or a collection that does not exist. */
function outsideCollections(root: string): Problem[] {
  const known = new Set<string>(Object.values(COLLECTIONS).map(({ files }) => ('file' in files ? files.file : files.folder)));
  return readdirSync(join(root, CONTENT_DIR))
    .filter((name) => !known.has(name) && !OUTSIDE_COLLECTIONS.has(name))
    .sort()
    .map((name) => ({
      file: `${CONTENT_DIR}/${name}`,
      message: `« ${name} » n'appartient à aucune collection et ne serait pas publié : déplacez-le dans le bon dossier (${[...known].join(', ')}) ou supprimez-le.`,
    }));
}

export function readContent(root: string): ReadContent {
  const result: ReadContent = { entries: [], problems: [], unreadable: new Set() };
  for (const [name, { files }] of Object.entries(COLLECTIONS)) {
    const collection = name as CollectionName;
    if ('file' in files) readFileCollection(root, collection, files.file, result);
    else readFolderCollection(root, collection, files.folder, files.extensions, result);
  }
  if (existsSync(join(root, CONTENT_DIR))) result.problems.push(...outsideCollections(root));
  return result;
}
