/**
 * Whether an SVG file is only a drawing. Opened at its own address, an SVG is a
 * document of the site: a script in it would run with the site's origin. The
 * file is parsed as XML, as a browser does (svg-xml.ts: `<svg:script>`,
 * `onLoad`, an entity that spells `javascript:` are seen), and every element
 * and attribute must be on the allow-list (svg-allow-list.ts).
 */
import {
  ANIMATABLE,
  ANIMATION_ELEMENTS,
  ATTRIBUTES,
  DATA_ATTRIBUTE,
  NAMESPACE_DECLARATIONS,
  SVG_ELEMENTS,
  SVG_NAMESPACE,
  TEXT_ATTRIBUTES,
} from './svg-allow-list.ts';
import { SVG_FIXES as FIX } from './svg-fixes.ts';
import { cssValueFault, decodeXml, hasScriptScheme, styleFault, type ValueFault } from './svg-values.ts';
import { nameOf, readSvg, startOf, type SvgDocument, type SvgFinding, type XmlNode } from './svg-xml.ts';

export type { SvgFinding };

export function findUnsafeSvg(bytes: Uint8Array): SvgFinding[] {
  const { document, findings } = readSvg(bytes);
  return document ? grouped([...findings, ...walk(document)]) : findings;
}

/** One finding per fault, with the line of its first occurrence. */
function grouped(findings: readonly SvgFinding[]): SvgFinding[] {
  const byFault = new Map<string, SvgFinding>();
  for (const finding of findings) {
    const key = `${finding.construct}\n${finding.fix}`;
    const seen = byFault.get(key);
    if (seen) seen.count = (seen.count ?? 1) + 1;
    else byFault.set(key, { ...finding });
  }
  return [...byFault.values()];
}

/** Every node against the allow-list, in document order. */
function walk({ text, nodes, lineAt }: SvgDocument): SvgFinding[] {
  const found: SvgFinding[] = [];
  const root = nodes.find((node) => !/^(?:\?|#comment$|#text$)/.test(nameOf(node)));
  const rootName = root ? nameOf(root) : '';
  if (!root || localName(rootName) !== 'svg') return [{ line: 1, construct: `<${rootName}>`, fix: FIX.notSvg }];
  // The root names its namespace: `<svg xmlns=…>`, or `<svg:svg xmlns:svg=…>` as some programs write.
  if (root[':@']?.[rootName.includes(':') ? 'xmlns:svg' : 'xmlns'] !== SVG_NAMESPACE)
    found.push({ line: lineAt(startOf(root)), construct: '<svg>', fix: FIX.noNamespace(SVG_NAMESPACE) });

  /** The line of the first `needle` after `from`. */
  const lineOf = (needle: string, from: number) => lineAt(Math.max(text.indexOf(needle, from), from));

  const children = (nodes: XmlNode[], parentStart: number) => {
    for (const node of nodes) {
      const name = nameOf(node);
      if (name === '#text') textNode(String(node[name]), lineAt(parentStart));
      else if (name === '#comment') {
        // Inert in XML, but `<!--><script>…-->` ends at `<!-->` for an HTML parser, should the file ever be pasted into a page.
        const content = String((node[name] as XmlNode[])[0]?.['#text'] ?? '');
        if (/[<>]/.test(content)) found.push({ line: lineOf(`<!--${content}-->`, parentStart), construct: '<!--', fix: FIX.comment });
      } else if (name === '#cdata') found.push({ line: lineOf('<![CDATA[', parentStart), construct: '<![CDATA[', fix: FIX.cdata });
      else if (name.startsWith('?')) {
        if (name !== '?xml' || parentStart !== 0)
          found.push({ line: lineOf(`<${name}`, parentStart), construct: `<${name}`, fix: FIX.instruction });
      } else element(node, name);
    }
  };

  const textNode = (raw: string, line: number) => {
    const { text: value, unknown } = decodeXml(raw);
    if (unknown) found.push({ line, construct: unknown, fix: FIX.reference });
    const scheme = hasScriptScheme(value);
    if (scheme) found.push({ line, construct: `${scheme}:`, fix: FIX.script() });
  };

  const element = (node: XmlNode, name: string) => {
    const start = startOf(node);
    const local = localName(name);
    if (local === undefined || !SVG_ELEMENTS.has(local)) {
      // The whole element goes: what it holds needs no separate message.
      const fix = local === undefined ? FIX.foreignElement(name.split(':')[0]!) : FIX.element(local);
      found.push({ line: lineAt(start), construct: `<${name}>`, fix });
      return;
    }
    for (const [attribute, raw] of Object.entries(node[':@'] ?? {})) {
      const fault = attributeFault(local, attribute, raw);
      if (fault) found.push({ line: lineAt(attributeStart(text, start, attribute)), ...fault });
    }
    children(node[name] as XmlNode[], start);
  };

  children(nodes, 0);
  return found;
}

/** Where `attribute` is written in the start tag that begins at `start`. */
function attributeStart(text: string, start: number, attribute: string): number {
  const pattern = new RegExp(`\\s${attribute.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=`, 'g');
  pattern.lastIndex = start;
  const match = pattern.exec(text);
  return match ? match.index + 1 : start;
}

function attributeFault(element: string, attribute: string, raw: string): ValueFault | undefined {
  const { text: value, unknown } = decodeXml(raw);
  if (unknown) return { construct: unknown, fix: FIX.reference };
  if (attribute === 'xmlns' || attribute.startsWith('xmlns:'))
    return NAMESPACE_DECLARATIONS[attribute] === value ? undefined : { construct: `${attribute}="${value}"`, fix: FIX.namespace };
  if (/^on/i.test(attribute)) return { construct: `${attribute}=`, fix: FIX.handler };
  const text = TEXT_ATTRIBUTES.has(attribute) || DATA_ATTRIBUTE.test(attribute);
  if (!text && !ATTRIBUTES.has(attribute)) return { construct: `${attribute}=`, fix: FIX.attribute };
  const scheme = hasScriptScheme(value);
  if (scheme) return { construct: `${scheme}:`, fix: FIX.script(attribute) };
  if (attribute === 'href' || attribute === 'xlink:href') return hrefFault(element, attribute, value);
  if (attribute === 'style') return styleFault(value);
  const target = value.trim();
  if (attribute === 'attributeName' && ANIMATION_ELEMENTS.has(element) && !ANIMATABLE.has(target))
    return { construct: `attributeName="${value}"`, fix: /href$/.test(target) ? FIX.animatedLink : FIX.animation };
  return text ? undefined : cssValueFault(value);
}

/** Raster images a browser decodes without running anything, as <image> may embed them. */
const RASTER_DATA = /^data:image\/(?:png|jpeg|gif|webp|avif)[;,]/;
/** A fragment of the same file; a URL parser drops the spaces and controls around it. */
const FRAGMENT = /^[\u0000-\u0020]*#[^\s"'()\\<>]+[\u0000-\u0020]*$/;

function hrefFault(element: string, attribute: string, value: string): ValueFault | undefined {
  const construct = `${attribute}="${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (element === 'image')
    return RASTER_DATA.test(value.replace(/[\u0000-\u0020]+/g, '').toLowerCase()) ? undefined : { construct, fix: FIX.image };
  return FRAGMENT.test(value) ? undefined : { construct, fix: FIX.href };
}

/** The element's name in the SVG namespace: no prefix, or `svg:` (bound to SVG, as NAMESPACE_DECLARATIONS requires). */
function localName(name: string): string | undefined {
  const colon = name.indexOf(':');
  if (colon < 0) return name;
  return name.slice(0, colon) === 'svg' ? name.slice(colon + 1) : undefined;
}
