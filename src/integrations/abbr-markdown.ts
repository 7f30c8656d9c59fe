/**
 * Expands acronyms in Markdown bodies: the first use of each glossary acronym in
 * a document becomes `<abbr title="definition">` (WCAG 3.1.4). The glossary is
 * read from content/glossaire.yaml when the site is built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineHastPlugin } from 'satteri';
import { parse } from 'yaml';
import { splitAcronyms } from '../lib/search/acronyms.ts';
import { CONTENT_DIR, COLLECTIONS } from '../schemas/index.ts';

/** Elements whose text is never rewritten: links keep their text, code stays literal. */
const UNTOUCHED = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style']);

export function readGlossary(root: string): Map<string, string> {
  const entries = (parse(readFileSync(join(root, CONTENT_DIR, COLLECTIONS.glossaire.files.file), 'utf8')) ?? {}) as Record<
    string,
    { definition?: string }
  >;
  return new Map(Object.entries(entries).flatMap(([sigle, { definition }]) => (definition ? [[sigle, definition] as const] : [])));
}

export function abbrPlugin(glossary: ReadonlyMap<string, string>) {
  return defineHastPlugin({
    name: 'glossary-abbr',
    text(node, ctx) {
      const parent = ctx.parent(node);
      if (parent?.type === 'element' && UNTOUCHED.has(parent.tagName)) return;
      const seen = (ctx.data['abbrSeen'] ??= new Set<string>()) as Set<string>;
      const segments = splitAcronyms(node.value, glossary, seen);
      if (segments.length === 1 && typeof segments[0] === 'string') return;
      ctx.replaceNode(
        node,
        segments.map((segment) =>
          typeof segment === 'string'
            ? { type: 'text', value: segment }
            : {
                type: 'element',
                tagName: 'abbr',
                properties: { title: segment.definition },
                children: [{ type: 'text', value: segment.sigle }],
              },
        ),
      );
    },
  });
}
