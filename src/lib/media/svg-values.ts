/**
 * The values inside an SVG's attributes: XML references decoded as a browser
 * decodes them, then each value read for what could run code or load a file.
 * Browsers read presentation attributes and `style` as CSS, so a value is held
 * to CSS rules: no escape (`\75rl(` spells `url(`), no comment, only the
 * functions of CSS_FUNCTIONS, and `url()` only towards `#an-id` of the same file.
 */
import { CSS_FUNCTIONS } from './svg-allow-list.ts';

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Replaces XML references with their characters. Without a DOCTYPE (refused),
 * only the five predefined entities and character codes exist; anything else
 * is returned as `unknown`, the first such reference.
 */
export function decodeXml(raw: string): { text: string; unknown?: string } {
  if (!raw.includes('&')) return { text: raw };
  let unknown: string | undefined;
  const text = raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);|&[^;\s<&]{0,30};?/g, (match, ref?: string) => {
    if (ref === undefined) {
      unknown ??= match;
      return '';
    }
    if (!ref.startsWith('#')) return PREDEFINED[ref]!;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (code === 0 || code > 0x10ffff) {
      unknown ??= match;
      return '';
    }
    return String.fromCodePoint(code);
  });
  return unknown === undefined ? { text } : { text, unknown };
}

/** What is wrong with a value, told as the construct and its fix. */
export interface ValueFault {
  construct: string;
  fix: string;
}

/** The scheme as a URL parser reads it: spaces, tabs, newlines and controls do not count (WHATWG URL). */
export function hasScriptScheme(value: string): string | undefined {
  if (!value.includes(':')) return undefined;
  return /(javascript|vbscript):/.exec(value.replace(/[\u0000-\u0020]+/g, '').toLowerCase())?.[1];
}

const FRAGMENT_URL = /^url\(\s*(["']?)#[^\s"'()\\]+\1\s*\)$/;

/** The first fault of a CSS value (a presentation attribute, a `style` declaration, an animation value). */
export function cssValueFault(value: string): ValueFault | undefined {
  if (!/[\\(*]/.test(value)) return undefined;
  const lower = value.toLowerCase();
  if (lower.includes('\\') || lower.includes('/*'))
    return {
      construct: lower.includes('\\') ? '\\' : '/*',
      fix: 'échappement ou commentaire CSS refusé, il peut masquer une adresse : retirez-le.',
    };
  for (const call of lower.matchAll(/(-?[a-z_][a-z0-9_-]*)\s*\(/g)) {
    const name = call[1]!;
    if (!CSS_FUNCTIONS.has(name))
      return { construct: `${name}(`, fix: 'fonction refusée dans une image publiée (elle peut charger un fichier) : retirez-la.' };
    if (name === 'url') {
      const start = call.index;
      const end = lower.indexOf(')', start);
      const url = end < 0 ? lower.slice(start) : lower.slice(start, end + 1);
      if (!FRAGMENT_URL.test(url))
        return {
          construct: value.slice(start, start + url.length),
          fix: 'une image ne peut viser qu’un élément du même fichier, url(#identifiant) : une autre adresse chargerait un fichier. Intégrez l’élément au fichier ou retirez la référence.',
        };
    }
  }
  return undefined;
}

/**
 * The first fault of a `style` attribute: each declaration's name must be a
 * plain CSS property (no custom property `--x`) and its value pass cssValueFault.
 * Names are not limited to the presentation attributes: drawing software writes
 * many (`line-height`, `-inkscape-font-specification`), and CSS loads or runs
 * nothing without a function, which the value check holds to a list.
 */
export function styleFault(style: string): ValueFault | undefined {
  for (const declaration of style.split(';')) {
    if (declaration.trim() === '') continue;
    const colon = declaration.indexOf(':');
    const name = declaration.slice(0, Math.max(colon, 0)).trim().toLowerCase();
    if (!/^-?[a-z][a-z0-9-]*$/.test(name))
      return {
        construct: declaration.trim(),
        fix: 'déclaration de style illisible ou refusée (propriété personnalisée, texte entre guillemets contenant « ; ») : retirez-la.',
      };
    const fault = cssValueFault(declaration.slice(colon + 1));
    if (fault) return fault;
  }
  return undefined;
}
