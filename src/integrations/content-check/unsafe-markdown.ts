/**
 * Markdown bodies may hold raw HTML, which the site renders as written: only
 * what src/integrations/content-check/html-rules.ts allows passes (« a
 * contributor can write text, links, lists and images, never script »). Links
 * lead only where links may lead (src/lib/security/addresses.ts), and images are files
 * of the site: an image from another host is blocked by the site's policy and
 * shows broken, and tells that host who reads the page.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import { linkProblem, urlScheme } from '../../lib/security/addresses.ts';
import type { CheckContext } from './cross.ts';
import { readHtml } from './html-rules.ts';
import type { Problem } from './problem.ts';
import type { RawEntry } from './read.ts';
import { MEDIA_FOLDER } from '../../lib/media/formats.ts';
import { siteFileProblem } from './site-files.ts';

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

/** Why an image address is refused: it must be a file of the site. */
function imageProblem(root: string, url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme !== undefined || /^\s*[/\\]{2}/.test(url)) {
    const what = scheme === 'data' ? 'image écrite dans le texte (« data: »)' : 'image d’un autre site';
    return `${what} : elle ne s'afficherait pas, la politique de sécurité du site la bloque. Enregistrez l'image dans le dossier des médias (${MEDIA_FOLDER}/) et écrivez ![description](/images/contenu/nom-du-fichier.png).`;
  }
  return siteFileProblem(root, url);
}

/** An address as a message quotes it: long `data:` addresses cut short. */
const quoted = (url: string) => (url.length > 48 ? `${url.slice(0, 47)}…` : url);

function findInMarkdown(body: string, root: string): Finding[] {
  const found: Finding[] = [];
  const tree = markdownToMdast(body, { features: { frontmatter: false } });
  // `![texte][ref]` shows the address of the definition `[ref]: …` as an image.
  const imageRefs = new Set<string>();
  walk(tree, (node) => {
    if (node.type === 'imageReference') imageRefs.add(node.identifier.toLowerCase());
  });
  walk(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      const { findings, images } = readHtml(node.value);
      for (const { construct, needle, fix } of findings) found.push({ line: lineIn(node.value, needle, line), construct, fix });
      for (const { url, needle } of images) {
        const fix = imageProblem(root, url);
        if (fix) found.push({ line: lineIn(node.value, needle, line), construct: `<img src="${quoted(url)}">`, fix });
      }
    } else if (node.type === 'image') {
      const fix = imageProblem(root, node.url);
      if (fix) found.push({ line, construct: `image ${quoted(node.url)}`, fix });
    } else if (node.type === 'definition' && imageRefs.has(node.identifier.toLowerCase())) {
      const fix = imageProblem(root, node.url);
      if (fix) found.push({ line, construct: `image ${quoted(node.url)}`, fix });
    } else if (node.type === 'link' || node.type === 'definition') {
      const fix = linkProblem(node.url);
      const what = node.type === 'definition' ? 'référence de lien' : 'lien';
      if (fix) found.push({ line, construct: `${urlScheme(node.url)}: (${what} Markdown)`, fix });
    }
  });
  return found;
}

/** The cross check: every Markdown body of every collection. */
export function unsafeMarkdown(_entries: unknown, all: readonly RawEntry[], { root }: CheckContext): Problem[] {
  return all.flatMap((entry) => {
    if (entry.body === undefined) return [];
    // Lines are counted in the body; `bodyLine` is where it starts in the file.
    return findInMarkdown(entry.body, root).map(({ line, construct, fix }) => ({
      file: entry.file,
      line: line + (entry.bodyLine ?? 1) - 1,
      message: `« ${construct} » — ${fix}`,
    }));
  });
}
