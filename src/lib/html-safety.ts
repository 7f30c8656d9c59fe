/**
 * What may appear in HTML that contributors write, and which links leave the
 * site. The HTML is parsed by a real (WHATWG) parser, the one Sätteri uses, so
 * that `<ScRipt>`, `onClick=` or an entity-encoded `javascript:` are seen as a
 * browser sees them, not as a pattern would guess.
 */
import { htmlToHast, type HastNode } from 'satteri';

/** Something in the HTML that could run code, and how to do without it. */
export interface UnsafeHtml {
  /** The construct as the editor wrote it: « <script> », « onclick= », « javascript: ». */
  construct: string;
  /** Text to look for in the source, to point at its line. */
  needle: string;
  /** Why it is refused and what to write instead, in French. */
  fix: string;
}

const EMBED = 'contenu embarqué, refusé : mettez plutôt un lien vers la page, [titre](https://…).';
const HEAD = 'balise d’en-tête de page, refusée : retirez-la.';
const FOREIGN = 'balise refusée : pour une image, écrivez ![description](adresse-de-l-image.png).';

/** Elements that run code, embed another document, restyle or rewrite the page, or change how what follows is parsed. */
const REFUSED_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'un script ne peut pas s’exécuter depuis le contenu : retirez la balise.',
  style: 'feuille de style refusée : retirez la balise, le site applique sa propre mise en forme.',
  form: 'formulaire refusé : mettez plutôt un lien vers le formulaire en ligne, [titre](https://…).',
  iframe: EMBED,
  frame: EMBED,
  frameset: EMBED,
  object: EMBED,
  embed: EMBED,
  applet: EMBED,
  portal: EMBED,
  fencedframe: EMBED,
  link: HEAD,
  meta: HEAD,
  base: HEAD,
  svg: FOREIGN,
  math: FOREIGN,
  template: FOREIGN,
  noscript: FOREIGN,
  noembed: FOREIGN,
  noframes: FOREIGN,
  xmp: FOREIGN,
  plaintext: FOREIGN,
};

/** Attributes that hold a URL a browser may follow or load (WHATWG HTML, SVG). */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlinkhref',
  'poster',
  'background',
  'cite',
  'data',
  'srcset',
  'ping',
  'codebase',
  'longdesc',
  'manifest',
  'icon',
  'lowsrc',
  'dynsrc',
]);

/** Images that a browser shows without running anything (`data:image/svg+xml` is left out). */
const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif);/;

/** The scheme as a browser reads it: leading spaces and controls dropped, tabs and newlines removed anywhere (WHATWG URL). */
export function urlScheme(url: string): string | undefined {
  const cleaned = url
    .replace(/^[\u0000-\u0020]+/, '')
    .replace(/[\t\n\r]/g, '')
    .toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/**
 * `url` when it opens a web page (http: or https:), otherwise undefined: a value
 * that reaches a link or a data file is never a `javascript:` or `data:` address,
 * whatever the schema let through.
 */
export function webUrl(url: string | undefined): string | undefined {
  const scheme = url === undefined ? undefined : urlScheme(url);
  return scheme === 'http' || scheme === 'https' ? url!.trim() : undefined;
}

/**
 * `mailto:` and the address, when it is one address and nothing else: no `?`
 * that would add a subject, copies or a body to the message a reader writes.
 */
export function mailtoHref(address: string | undefined): string | undefined {
  return address && /^[^\s@?&#:/]+@[^\s@?&#:/]+\.[^\s@?&#:/]+$/.test(address) ? `mailto:${address}` : undefined;
}

/** The refused scheme of `url` (« javascript », « vbscript », « data »), or undefined when the URL is fine. */
export function refusedScheme(url: string, { image = false } = {}): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === 'javascript' || scheme === 'vbscript') return scheme;
  if (scheme === 'data') {
    const cleaned = url
      .replace(/^[\u0000-\u0020]+/, '')
      .replace(/[\t\n\r]/g, '')
      .toLowerCase();
    return image && SAFE_DATA_IMAGE.test(cleaned) ? undefined : scheme;
  }
  return undefined;
}

export function urlFix(scheme: string): string {
  return scheme === 'data'
    ? 'adresse « data: » refusée (seules les images PNG, JPEG, GIF, WebP ou AVIF sont admises) : mettez le fichier dans public/ ou donnez une adresse https://.'
    : `adresse « ${scheme}: » refusée, elle exécuterait du code : donnez une adresse https:// ou un chemin du site.`;
}

/** Every construct of `html` that could run code. `html` is one fragment, as Markdown hands it over. */
export function findUnsafeHtml(html: string): UnsafeHtml[] {
  const found: UnsafeHtml[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element') {
      const tag = node.tagName.toLowerCase();
      const refused = REFUSED_ELEMENTS[tag];
      if (refused) found.push({ construct: `<${tag}>`, needle: `<${tag}`, fix: refused });
      for (const [property, value] of Object.entries(node.properties ?? {})) {
        const name = property.toLowerCase();
        if (/^on./.test(name))
          found.push({ construct: `${name}=`, needle: name, fix: `l’attribut « ${name} » exécute du code : retirez-le.` });
        else if (name === 'srcdoc')
          found.push({ construct: 'srcdoc=', needle: name, fix: 'l’attribut « srcdoc » embarque une page : retirez-le.' });
        else if (URL_ATTRIBUTES.has(name.replace(/[^a-z]/g, ''))) {
          const urls = Array.isArray(value) ? value.map(String) : [String(value)];
          for (const url of name === 'srcset' ? urls.flatMap((u) => u.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')) : urls) {
            const scheme = refusedScheme(url, { image: tag === 'img' && (name === 'src' || name === 'srcset') });
            if (scheme) found.push({ construct: `${scheme}: (attribut « ${name} »)`, needle: `${scheme}`, fix: urlFix(scheme) });
          }
        }
      }
    }
    if ('children' in node && Array.isArray(node.children)) node.children.forEach((child) => visit(child as HastNode));
    // <template> keeps its content apart; a browser would still parse it.
    const content = (node as { content?: HastNode }).content;
    if (content) visit(content);
  };
  visit(htmlToHast(html, { fragment: true }));
  return found;
}

/** The `rel` that an external link carries. */
export const EXTERNAL_REL = ['noopener', 'noreferrer'] as const;

/** True when `href` leads to another host than `site` (http, https or protocol-relative). */
export function isExternalHref(href: string, site: string | URL): boolean {
  let url: URL;
  try {
    url = new URL(href.trim(), site);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== new URL(site).host;
}

/** `rel` with noopener and noreferrer added, keeping what was there. */
export function withExternalRel(rel: unknown): string[] {
  const current = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [];
  return [...new Set([...current, ...EXTERNAL_REL])];
}
