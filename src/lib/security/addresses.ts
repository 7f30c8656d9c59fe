/**
 * The addresses contributors may write, one rule for every place they write
 * one: a field of the front matter, a Markdown link or image, an HTML
 * attribute, the editor's form. An allow-list, not a list of dangers:
 * `javascript:`, `vbscript:`, `data:`, `file:` and every scheme nobody thought
 * of are refused alike, whatever their case, the spaces before them or the
 * entities that spell them (the parsers decode those first).
 */

/** What a link may lead to besides a path of the site. */
export const LINK_SCHEMES = ['https', 'http', 'mailto', 'tel'] as const;

/** The scheme as a browser reads it: leading spaces and controls dropped, tabs and newlines removed anywhere (WHATWG URL). */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
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

const ALLOWED_LINKS = `un lien commence par https:// (ou http://), mailto: pour un courriel, tel: pour un téléphone, ou c'est un chemin du site (/fiches/…)`;

/** Why a link (Markdown or `<a href>`) is refused, or undefined when it may stay. */
export function linkProblem(url: string): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || (LINK_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  return `adresse « ${scheme}: » refusée : ${ALLOWED_LINKS}.`;
}

/**
 * Why a path to a file of the site is refused, or undefined when it has the
 * right shape: `/images/contenu/logo.png`. Browsers read `//host/x` and
 * `/\host/x` as another site, and `..` climbs out of public/.
 */
export function sitePathProblem(path: string): string | undefined {
  if (!path.startsWith('/') || /^\/[/\\]/.test(path))
    return `« ${path} » n'est pas un chemin du site : il commence par une seule « / », par exemple « /images/contenu/affiche.pdf ».`;
  if (/[\\\u0000-\u0020]/.test(path) || path.split(/[/?#]/).some((part) => part === '..' || /%2e%2e|%2f|%5c/i.test(part)))
    return `« ${path} » : un chemin du site n'a ni espace, ni « \\ », ni « .. » ; nommez le fichier en minuscules, chiffres et tirets.`;
  return undefined;
}

/** The path of the file under public/ that a site path names: `/images/a.png?v=1` → `images/a.png`. */
export function publicFileOf(path: string): string {
  return decodeURIComponent(path.replace(/[?#].*$/, '').slice(1));
}

export interface WebAddressRule {
  /** `mailto:` is accepted too, where an e-mail address fits. */
  mailto?: boolean;
  /** `https:` only: a link that leaves the site in what is also sent by e-mail (a lettre's items). */
  https?: boolean;
}

/** Why a field's web address is refused, or undefined when it is `https://…` or `http://…` (or `mailto:…`). */
export function webAddressProblem(value: string, { mailto = false, https = false }: WebAddressRule = {}): string | undefined {
  const allowed = https ? '« https:// »' : mailto ? '« https:// », « http:// » ou « mailto: »' : '« https:// » ou « http:// »';
  if (/\s/.test(value)) return `adresse web avec une espace : retirez les espaces (une adresse n'en contient pas).`;
  const scheme = urlScheme(value);
  if (scheme === undefined) return `adresse web incomplète : elle commence par ${allowed}, par exemple « https://www.education.gouv.fr/ ».`;
  if (mailto && scheme === 'mailto')
    return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)
      ? undefined
      : 'adresse « mailto: » invalide : écrivez « mailto:service@ac-academie.fr ».';
  if (https && scheme === 'http')
    return `adresse « http: » refusée ici : écrivez l’adresse sécurisée, qui commence par « https:// » (la plupart des sites y répondent).`;
  if (scheme !== 'http' && scheme !== 'https')
    return `adresse « ${scheme}: » refusée : seules les adresses qui commencent par ${allowed} sont acceptées.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `adresse web illisible : vérifiez-la dans votre navigateur et recopiez-la, par exemple « https://www.education.gouv.fr/ ».`;
  }
  return /^https?:\/\/[^/\\]/i.test(value) && url.hostname.includes('.')
    ? undefined
    : `adresse web illisible : après ${allowed.split(' ou ')[0]} vient le nom du site, par exemple « https://www.education.gouv.fr/ ».`;
}

/** The same rule as a regular expression, for the editor's form (Sveltia CMS `pattern`) and the JSON Schemas. */
export function webAddressPattern({ mailto = false, https = false }: WebAddressRule = {}): string {
  if (https) return '^[Hh][Tt][Tt][Pp][Ss]://[^\\s/\\\\]+\\.[^\\s/\\\\]+\\S*$';
  return mailto
    ? '^(?:[Hh][Tt][Tt][Pp][Ss]?://[^\\s/\\\\]+\\.[^\\s/\\\\]+\\S*|mailto:[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$'
    : '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/\\\\]+\\.[^\\s/\\\\]+\\S*$';
}
