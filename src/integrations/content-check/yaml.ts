/**
 * Reads YAML exactly as Astro's loaders do (js-yaml's default schema: a date
 * such as 2020-01-14 becomes a Date), so that nothing passes the checker and
 * then fails the build. Lines, and the French words for a syntax error, come
 * from a second, line-aware parser (`yaml`), run only when a message needs them.
 */
import * as jsYaml from 'js-yaml';
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { WrittenDate } from '../../schemas/common.ts';

/** js-yaml's own types (its type declarations leave them out). */
const { types } = jsYaml as unknown as { types: Record<'timestamp' | 'merge' | 'binary' | 'omap' | 'pairs' | 'set', jsYaml.Type> };

/**
 * js-yaml's DEFAULT_SCHEMA (core, then timestamp and merge, then binary, omap,
 * pairs and set), with one change that reads the same data: a date remembers
 * how it was written. `2025-02-30` becomes 2 March in a Date, and only the
 * text tells that the day does not exist.
 */
const timestamp = new jsYaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data) => types.timestamp.resolve!(data),
  construct: (data: string) => new WrittenDate((types.timestamp.construct!(data) as Date).getTime(), data),
  instanceOf: Date,
});
export const ASTRO_YAML_SCHEMA = jsYaml.CORE_SCHEMA.extend({
  implicit: [timestamp, types.merge],
  explicit: [types.binary, types.omap, types.pairs, types.set],
});

export interface YamlProblem {
  line: number;
  message: string;
}

/** What a person does about each syntax error the `yaml` parser names. */
function frenchSyntaxError(error: YAMLError, lineText: string): string {
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const [, key, value] = /^\s*(?:-\s+)?([^:#]+?):\s+(.*)$/.exec(lineText) ?? [];
      const example = key && value ? ` : ${key}: "${value.replaceAll('"', '\\"')}"` : '';
      return `la valeur contient « : » suivi d'une espace, que YAML lit comme un nouveau champ : mettez toute la valeur entre guillemets${example}.`;
    }
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(lineText)?.[1];
      return `le champ${key ? ` « ${key} »` : ''} est écrit deux fois : gardez-en un seul.`;
    }
    case 'TAB_AS_INDENT':
      return 'une tabulation sert de retrait : YAML ne les accepte pas, remplacez-la par des espaces.';
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'retrait incohérent : les champs d’un même niveau commencent à la même colonne, et une valeur sur plusieurs lignes se met entre guillemets.';
    case 'MISSING_CHAR':
      return /quote/i.test(error.message)
        ? 'guillemet ouvert mais jamais fermé : fermez-le à la fin de la valeur.'
        : `un caractère manque (« ${error.message} ») : comparez avec un fichier voisin.`;
    case 'BAD_SCALAR_START':
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
      return 'la valeur commence par un caractère que YAML réserve (@, `, *, &, !, %) : mettez-la entre guillemets.';
    case 'MULTIPLE_DOCS':
      return 'une ligne « --- » coupe le fichier en deux : retirez-la (dans un .md, l’en-tête se ferme par la seule deuxième ligne « --- »).';
    default:
      return `syntaxe YAML illisible (${error.message}) : comparez avec un fichier voisin.`;
  }
}

export interface ParsedYaml {
  data: unknown;
  problems: YamlProblem[];
  /** The line of a field, for messages; `prefix` is the entry's id in files that hold several entries. */
  linesUnder(prefix: readonly PropertyKey[]): (path: readonly PropertyKey[]) => number | undefined;
  /** The field at an offset of the text, « nom » or « contacts.0.site_web ». */
  fieldAt(offset: number): string | undefined;
}

/** What the `yaml` parser's nodes hold that `fieldAt` reads: a range, and the items of a mapping (pairs) or a sequence (nodes). */
type Node = { range?: [number, number, number]; items?: (Node | Pair)[] };
type Pair = { key: (Node & { value?: unknown }) | null; value: Node | null };

/** Parses `text`, whose first line is line `lineOffset + 1` of its file. */
export function parseYaml(text: string, lineOffset: number): ParsedYaml {
  let located: { doc: Document; lineCounter: LineCounter } | undefined;
  const locate = () => {
    if (!located) {
      const lineCounter = new LineCounter();
      located = { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    }
    return located;
  };
  const lineAt = (offset: number) => locate().lineCounter.linePos(offset).line + lineOffset;
  const linesUnder = (prefix: readonly PropertyKey[]) => (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = locate().doc.getIn([...prefix, ...path.slice(0, n)], true) as Node | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  const fieldAt = (offset: number) => {
    const path: string[] = [];
    let node = locate().doc.contents as Node | null;
    while (node?.items) {
      // A mapping holds pairs (key, value); a sequence holds the nodes themselves.
      const index = node.items.findIndex((item) => {
        const [start, end] =
          'key' in item ? [item.key?.range?.[0], item.value?.range?.[2] ?? item.key?.range?.[2]] : [item.range?.[0], item.range?.[2]];
        return start !== undefined && end !== undefined && start <= offset && offset <= end;
      });
      const item = node.items[index];
      if (!item) break;
      path.push('key' in item ? String(item.key?.value) : String(index));
      node = ('key' in item ? item.value : item) ?? null;
    }
    return path.length > 0 ? path.join('.') : undefined;
  };
  try {
    return { data: jsYaml.load(text, { schema: ASTRO_YAML_SCHEMA }), problems: [], linesUnder, fieldAt };
  } catch (error) {
    const { doc } = locate();
    const lines = text.split('\n');
    const problems =
      doc.errors.length > 0
        ? doc.errors.map((e) => {
            const line = locate().lineCounter.linePos(e.pos[0]).line;
            return { line: line + lineOffset, message: frenchSyntaxError(e, lines[line - 1] ?? '') };
          })
        : [
            {
              line: ((error as jsYaml.YAMLException).mark?.line ?? 0) + 1 + lineOffset,
              message: `syntaxe YAML illisible (${(error as jsYaml.YAMLException).reason}) : comparez avec un fichier voisin.`,
            },
          ];
    return { data: undefined, problems, linesUnder, fieldAt };
  }
}
