/**
 * Markdown bodies may hold raw HTML, which the site renders as written: refuse
 * what could run code in a reader's browser (the content model: « a contributor
 * can write text, links, lists and images, never script »). MDX runs code at
 * build time, so an MDX page (maintainers only) may import components from
 * src/components/mdx/ and nothing else.
 */
import { posix } from 'node:path';
import { initSync, parse as parseModule } from 'es-module-lexer';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { findUnsafeHtml, refusedScheme, urlFix } from '../../lib/html-safety.ts';
import type { Problem } from './problem.ts';
import type { RawEntry } from './read.ts';

/** The only folder an MDX page may import from, relative to the project root. */
export const MDX_COMPONENTS_DIR = 'src/components/mdx/';

interface Finding {
  /** Line in the body, counted from 1. */
  line: number;
  construct: string;
  fix: string;
}

function walk(node: MdastNode, visit: (node: MdastNode) => void) {
  visit(node);
  if ('children' in node && Array.isArray(node.children)) node.children.forEach((child) => walk(child as MdastNode, visit));
}

/** The line of `needle` inside an HTML block that starts at `line`, or `line` itself. */
function lineIn(value: string, needle: string, line: number): number {
  const at = value.toLowerCase().indexOf(needle.toLowerCase());
  return at < 0 ? line : line + (value.slice(0, at).match(/\n/g)?.length ?? 0);
}

function findInMarkdown(body: string): Finding[] {
  const found: Finding[] = [];
  walk(markdownToMdast(body, { features: { frontmatter: false } }), (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      for (const { construct, needle, fix } of findUnsafeHtml(node.value))
        found.push({ line: lineIn(node.value, needle, line), construct, fix });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const scheme = refusedScheme(node.url, { image: node.type === 'image' });
      const what = node.type === 'image' ? 'image' : node.type === 'definition' ? 'référence de lien' : 'lien';
      if (scheme) found.push({ line, construct: `${scheme}: (${what} Markdown)`, fix: urlFix(scheme) });
    }
  });
  return found;
}

function findInMdx(body: string, file: string): Finding[] {
  initSync();
  const found: Finding[] = [];
  const allowed = (source: string) =>
    (source.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), source)) : source.replace(/^\//, '')).startsWith(
      MDX_COMPONENTS_DIR,
    );
  walk(mdxToMdast(body, { features: { frontmatter: false } }), (node) => {
    if (node.type !== 'mdxjsEsm') return;
    const line = node.position?.start.line ?? 1;
    const [imports, exports] = parseModule(node.value);
    for (const { n: source, ss } of imports) {
      if (source !== undefined && allowed(source)) continue;
      found.push({
        line: line + (node.value.slice(0, ss).match(/\n/g)?.length ?? 0),
        construct: `import « ${source ?? node.value.slice(ss).split('\n')[0]} »`,
        fix: `une page MDX n’importe que des composants de ${MDX_COMPONENTS_DIR} : déplacez-y le composant (après relecture) ou retirez l’import.`,
      });
    }
    for (const { s, n } of exports)
      found.push({
        line: line + (node.value.slice(0, s).match(/\n/g)?.length ?? 0),
        construct: `export « ${n} »`,
        fix: 'une page MDX n’exporte rien, ce code s’exécuterait à la construction du site : retirez l’export.',
      });
  });
  return found;
}

/** The cross check: every Markdown or MDX body of every collection. */
export function unsafeMarkdown(_entries: unknown, all: readonly RawEntry[]): Problem[] {
  return all.flatMap((entry) => {
    if (entry.body === undefined) return [];
    const findings = entry.file.endsWith('.mdx') ? findInMdx(entry.body, entry.file) : findInMarkdown(entry.body);
    // Lines are counted in the body; `bodyLine` is where it starts in the file.
    return findings.map(({ line, construct, fix }) => ({
      file: entry.file,
      line: line + (entry.bodyLine ?? 1) - 1,
      message: `« ${construct} » — ${fix}`,
    }));
  });
}
