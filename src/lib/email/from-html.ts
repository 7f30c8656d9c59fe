/**
 * A Markdown body, as Astro rendered it to HTML, read into e-mail blocks. The
 * body passed the content check (src/integrations/content-check/html-rules.ts:
 * no script, no style, images of the site only), and is read again by the same
 * WHATWG parser: only the elements below keep their meaning, every other one
 * gives its text (a script, a style or an embed, which the check refuses, gives
 * nothing), and no attribute but an address and an alternative text survives. Addresses go through `resolve`, so that the message carries
 * absolute ones only.
 */
import { htmlToHast, type HastNode } from 'satteri';
import type { Block, Inline } from './document.ts';

type Element = Extract<HastNode, { type: 'element' }>;

/** Blank runs of HTML source, not the no-break spaces French puts before « : » and inside « ». */
const SPACES = /[ \t\n\r\f]+/g;

const INLINE_MARKS: Readonly<Record<string, 'strong' | 'em' | 'code'>> = {
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
  cite: 'em',
  dfn: 'em',
  code: 'code',
  kbd: 'code',
  samp: 'code',
};

/** What the check refuses anyway and a reader never sees as text: dropped whole, content included. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title']);

const BLOCK_TAGS = new Set(
  'address article aside blockquote dd details div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header hr li ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

const BREAK: Inline = { kind: 'break' };

const children = (node: HastNode): HastNode[] => ('children' in node ? (node.children as HastNode[]) : []);
const attribute = (node: Element, name: string): string | undefined => {
  const value = node.properties?.[name];
  return typeof value === 'string' ? value : undefined;
};

/** The text of a node, its blanks collapsed: a heading's, a table cell's. */
function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && DROPPED.has(node.tagName)) return '';
  if (node.type === 'element' && node.tagName === 'img') return attribute(node, 'alt') ?? '';
  return children(node).map(textOf).join('');
}

const collapse = (text: string) => text.replace(SPACES, ' ');

function inlines(nodes: readonly HastNode[], resolve: (url: string) => string): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(collapse(node.value));
    else if (node.type !== 'element' || DROPPED.has(node.tagName)) continue;
    else if (node.tagName === 'br') out.push(BREAK);
    else if (node.tagName === 'img') {
      const src = attribute(node, 'src');
      if (src) out.push({ kind: 'image', src: resolve(src), alt: collapse(attribute(node, 'alt') ?? '').trim() });
    } else if (node.tagName === 'a') {
      const href = attribute(node, 'href');
      const content = inlines(children(node), resolve);
      if (href) out.push({ kind: 'link', href: resolve(href), content });
      else out.push(...content);
    } else if (INLINE_MARKS[node.tagName]) out.push({ kind: INLINE_MARKS[node.tagName]!, content: inlines(children(node), resolve) });
    else out.push(...inlines(children(node), resolve));
  }
  return out;
}

/** Inline content with no text and no image is not a paragraph. */
const hasContent = (content: readonly Inline[]): boolean =>
  content.some((i) => (typeof i === 'string' ? i.trim() !== '' : i.kind === 'image' || (i.kind !== 'break' && hasContent(i.content))));

/** Trims the blanks at both ends of a paragraph, which HTML source leaves around its lines. */
function trimmed(content: Inline[]): Inline[] {
  const out = [...content];
  while (typeof out[0] === 'string' && out[0].trim() === '') out.shift();
  while (typeof out.at(-1) === 'string' && (out.at(-1) as string).trim() === '') out.pop();
  if (typeof out[0] === 'string') out[0] = out[0].trimStart();
  if (typeof out.at(-1) === 'string') out[out.length - 1] = (out.at(-1) as string).trimEnd();
  return out;
}

function paragraph(content: Inline[]): Block[] {
  return hasContent(content) ? [{ kind: 'paragraph', content: trimmed(content) }] : [];
}

function blocks(nodes: readonly HastNode[], resolve: (url: string) => string): Block[] {
  const out: Block[] = [];
  // Inline content between blocks (a bare text, an image in a <div>) becomes a paragraph of its own.
  let pending: HastNode[] = [];
  const flush = () => {
    out.push(...paragraph(inlines(pending, resolve)));
    pending = [];
  };
  for (const node of nodes) {
    if (node.type === 'element' && DROPPED.has(node.tagName)) continue;
    if (node.type !== 'element' || !BLOCK_TAGS.has(node.tagName)) {
      pending.push(node);
      continue;
    }
    flush();
    out.push(...block(node, resolve));
  }
  flush();
  return out;
}

function block(node: Element, resolve: (url: string) => string): Block[] {
  const tag = node.tagName;
  const inner = children(node);
  switch (tag) {
    case 'p':
    case 'dt':
    case 'summary':
    case 'figcaption':
      return paragraph(inlines(inner, resolve));
    case 'pre':
      // Line breaks of preformatted text are kept as breaks, its other blanks collapsed.
      return paragraph(
        textOf(node)
          .replace(/\n$/, '')
          .split('\n')
          .flatMap((line, i): Inline[] => [...(i === 0 ? [] : [BREAK]), { kind: 'code', content: [line] }]),
      );
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const text = collapse(textOf(node)).trim();
      return text ? [{ kind: 'heading', level: tag === 'h1' || tag === 'h2' ? 2 : 3, text }] : [];
    }
    case 'ul':
    case 'ol': {
      const items = inner
        .filter((li): li is Element => li.type === 'element' && li.tagName === 'li')
        .map((li) => itemContent(li, resolve))
        .filter(hasContent);
      return items.length > 0 ? [{ kind: 'list', ordered: tag === 'ol', items }] : [];
    }
    case 'blockquote': {
      const quoted = blocks(inner, resolve);
      return quoted.length > 0 ? [{ kind: 'quote', blocks: quoted }] : [];
    }
    case 'hr':
      return [{ kind: 'rule' }];
    case 'table':
      return tableRows(node).flatMap((row) => paragraph(row));
    default:
      return blocks(inner, resolve);
  }
}

/** A list item's content on one line: its paragraphs joined by a break (a list in a list stays readable, flattened). */
function itemContent(li: Element, resolve: (url: string) => string): Inline[] {
  const parts = blocks(children(li), resolve).map((b): Inline[] => {
    if (b.kind === 'paragraph') return b.content;
    if (b.kind === 'heading') return [{ kind: 'strong', content: [b.text] }];
    if (b.kind === 'list') return b.items.flatMap((item, i) => (i === 0 ? item : [BREAK, ...item]));
    return [];
  });
  return parts.flatMap((part, i) => (i === 0 ? part : [BREAK, ...part]));
}

/** A table, row by row: its cells joined by « · », header cells in bold. */
function tableRows(table: Element): Inline[][] {
  const rows: Inline[][] = [];
  const visit = (node: HastNode) => {
    if (node.type !== 'element') return;
    if (node.tagName !== 'tr') return children(node).forEach(visit);
    const cells = children(node).filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
    rows.push(
      cells.flatMap((cell, i): Inline[] => {
        const text = collapse(textOf(cell)).trim();
        const inline: Inline = cell.tagName === 'th' ? { kind: 'strong', content: [text] } : text;
        return i === 0 ? [inline] : [' · ', inline];
      }),
    );
  };
  visit(table);
  return rows;
}

/** The blocks of a rendered Markdown body (an HTML fragment), every address resolved by `resolve`. */
export function blocksFromHtml(html: string, resolve: (url: string) => string): Block[] {
  return blocks(children(htmlToHast(html, { fragment: true })), resolve);
}
