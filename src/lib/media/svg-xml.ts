/**
 * Reads an SVG file as XML, as a browser would, or says why it will not: a
 * file that a browser could read otherwise than this parser (another encoding,
 * a DOCTYPE and its entities, ill-formed XML) is refused whole, since the
 * allow-list (svg-safety.ts) would then check something else than what runs.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ValueFault } from './svg-values.ts';

/** Something refused in an SVG file. */
export interface SvgFinding extends ValueFault {
  /** Line in the file, counted from 1: the first, when the same fault recurs. */
  line?: number;
  /** How many times the same fault occurs (a drawing program repeats its own attributes hundreds of times). */
  count?: number;
}

/** A node as fast-xml-parser keeps it in order: `{ name: children, ':@': attributes }`. */
export type XmlNode = { [name: string]: XmlNode[] | string | undefined } & { ':@'?: Record<string, string> };

export interface SvgDocument {
  text: string;
  nodes: XmlNode[];
  /** The line of an offset in `text`, counted from 1. */
  lineAt: (offset: number) => number;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: false,
  // References are decoded by svg-values.ts, so that none is left unread.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  commentPropName: '#comment',
  cdataPropName: '#cdata',
  // maxNestedTags keeps its default, 100: deeper files are refused as unreadable, and no walk can overflow.
  captureMetaData: true,
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** The element's name, or `#text`, `#comment`, `#cdata`, `?target`. */
export function nameOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

/** Where an element's start tag begins in the text. */
export function startOf(node: XmlNode): number {
  return (node as unknown as Record<symbol, { startIndex?: number } | undefined>)[META]?.startIndex ?? 0;
}

function lineCounter(text: string) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** Before parsing: what would make a browser read the text otherwise than the parser. */
function prologueFindings(text: string, lineAt: (offset: number) => number): SvgFinding[] {
  const found: SvgFinding[] = [];
  const encoding = /^<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(text)?.[1];
  if (encoding !== undefined && !/^utf-?8$/i.test(encoding))
    found.push({
      line: 1,
      construct: `encoding="${encoding}"`,
      fix: 'encodage refusé : enregistrez le fichier en UTF-8 et retirez la mention.',
    });
  for (const match of text.matchAll(/<!(DOCTYPE|ENTITY)/gi))
    found.push({
      line: lineAt(match.index),
      construct: `<!${match[1]!.toUpperCase()}`,
      fix: 'déclaration refusée : elle peut définir des entités qui lisent des fichiers ou saturent le navigateur. Supprimez-la, le dessin n’en a pas besoin.',
    });
  return found;
}

/** The parsed document, when it can be checked, and what was already refused. */
export function readSvg(bytes: Uint8Array): { document?: SvgDocument; findings: SvgFinding[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { findings: [{ construct: 'UTF-8', fix: 'le fichier n’est pas en UTF-8 : enregistrez-le de nouveau en UTF-8.' }] };
  }
  const lineAt = lineCounter(text);
  const findings = prologueFindings(text, lineAt);
  if (findings.some((f) => f.construct.startsWith('<!'))) return { findings };
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    const fix = 'XML mal formé : ouvrez l’image dans un logiciel de dessin et enregistrez-la de nouveau.';
    return { findings: [...findings, { line: valid.err.line, construct: valid.err.msg, fix }] };
  }
  try {
    return { document: { text, lineAt, nodes: parser.parse(text) as XmlNode[] }, findings };
  } catch (error) {
    const fix = 'XML illisible : enregistrez l’image de nouveau depuis un logiciel de dessin.';
    return { findings: [...findings, { construct: (error as Error).message, fix }] };
  }
}
