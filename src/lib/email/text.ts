/**
 * An e-mail document as plain text, for the lists and the readers that take no
 * HTML: lines of 72 characters at most (RFC 5322 asks for 78; an address longer
 * than a line stays whole on its own), headings underlined, every link written
 * out after its text between « < > » (RFC 3986, appendix C), which mail programs
 * turn back into links.
 */
import type { Block, EmailDocument, Inline } from './document.ts';

export const TEXT_WIDTH = 72;

const length = (text: string) => [...text].length;

/**
 * `text` cut into lines of `width` characters at most, at ordinary spaces only:
 * a no-break space (before « : », inside « ») holds its words together. The
 * first line starts with `first`, the next ones with `rest` (a list's bullet and its indent).
 */
export function wrap(text: string, width = TEXT_WIDTH, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ').filter(Boolean)) {
    if (!empty && length(line) + 1 + length(word) > width) {
      lines.push(line);
      line = rest + word;
    } else line += (empty ? '' : ' ') + word;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** « mailto:a@b.fr » → « a@b.fr »: what a reader types. */
const shown = (href: string) => (href.startsWith('mailto:') ? decodeURIComponent(href.slice('mailto:'.length)) : href);

function inlineText(item: Inline): string {
  if (typeof item === 'string') return item;
  switch (item.kind) {
    case 'break':
      return '\n';
    case 'image':
      return item.alt ? `[image : ${item.alt}]` : '';
    case 'link': {
      const text = inlinesText(item.content).trim();
      const target = shown(item.href);
      return text === '' || text === target || `${text}/` === target ? `<${target}>` : `${text} <${target}>`;
    }
    default:
      return inlinesText(item.content);
  }
}

const inlinesText = (content: readonly Inline[]) => content.map(inlineText).join('');

/** A paragraph's lines: each line break it holds starts a line, each line wrapped. */
const paragraphLines = (text: string, width: number, first = '', rest = first) =>
  text.split('\n').flatMap((line, i) => wrap(line.replace(/\s+$/, ''), width, i === 0 ? first : rest, rest));

/** A heading's lines, underlined as long as its longest line. */
function underlined(text: string, mark: string, width = TEXT_WIDTH): string[] {
  const lines = wrap(text, width);
  return [...lines, mark.repeat(Math.max(...lines.map(length)))];
}

function blockLines(b: Block, width: number): string[] {
  switch (b.kind) {
    case 'heading':
      return underlined(b.text, b.level === 2 ? '-' : '~', width);
    case 'paragraph':
      return paragraphLines(inlinesText(b.content), width);
    case 'list':
      return b.items.flatMap((item, i) => {
        const bullet = b.ordered ? `${i + 1}. ` : '- ';
        return paragraphLines(inlinesText(item), width, bullet, ' '.repeat(bullet.length));
      });
    case 'items':
      return b.items.flatMap(({ title, href, line, text }) => [
        ...wrap(title, width, '- ', '  '),
        ...(line ? wrap(line, width, '  ') : []),
        ...(text ? wrap(text, width, '  ') : []),
        ...(href ? wrap(`<${shown(href)}>`, width, '  ') : []),
      ]);
    case 'button':
      return wrap(`${b.text}\u00a0: <${shown(b.href)}>`, width);
    case 'quote':
      return b.blocks.flatMap((q, i) => [...(i === 0 ? [] : ['']), ...blockLines(q, width - 2)]).map((line) => `> ${line}`.trimEnd());
    case 'rule':
      return ['* * *'];
  }
}

/** The whole message as plain text, ending with a newline. */
export function emailText(doc: EmailDocument): string {
  const { footer } = doc;
  const sections: string[][] = [
    wrap(doc.kicker),
    underlined(doc.title, '='),
    ...doc.blocks.map((b) => blockLines(b, TEXT_WIDTH)),
    [
      '-'.repeat(TEXT_WIDTH),
      ...wrap(`${footer.academie} · ${footer.site.text} <${shown(footer.site.href)}>`),
      ...wrap(footer.unsubscribe),
      ...wrap(`${footer.online.text}\u00a0: <${shown(footer.online.href)}>`),
    ],
  ];
  return sections.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
