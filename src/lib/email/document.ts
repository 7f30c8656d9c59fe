/**
 * An e-mail version of a page (a bulletin, a lettre): a short document of
 * blocks that src/lib/email/html.ts writes as the HTML mail programs render and
 * src/lib/email/text.ts as plain text. Every address in it is absolute: a
 * message read in a mail program has no site to resolve a path against.
 */

/** Text, and the few inline marks a bulletin's Markdown produces. */
export type Inline =
  | string
  | { kind: 'link'; href: string; content: Inline[] }
  | { kind: 'strong' | 'em' | 'code'; content: Inline[] }
  | { kind: 'image'; src: string; alt: string }
  | { kind: 'break' };

/**
 * One entry of a list of what the site holds: its title, linked when it has an
 * address, a line under it (an action: its school, commune and département), and
 * the editor's words on it (a lettre's item).
 */
export interface LinkedItem {
  title: string;
  href?: string | undefined;
  line?: string | undefined;
  text?: string | undefined;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'items'; items: LinkedItem[] }
  | { kind: 'button'; text: string; href: string }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'rule' };

export interface EmailDocument {
  /** `fr`: the language of `<html lang>`. */
  lang: string;
  /** The message's title: `<title>` and its one heading. */
  title: string;
  /** Above the title, small: « Académie de Bordeaux · Semaine de la persévérance scolaire 2031 ». */
  kicker: string;
  blocks: Block[];
  footer: {
    /** The académie that sends the message, by its name. */
    academie: string;
    /** How to stop receiving the message: the coordinator's sentence, or the default one. */
    unsubscribe: string;
    /** The page this message is the e-mail version of. */
    online: { text: string; href: string };
    /** The site, after the académie's name. */
    site: { text: string; href: string };
  };
}

/** The schemes a message may link to; anything else (a path, `javascript:`) stops the build. */
const SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** Whether `url` is an address a mail program can follow as it stands. */
export function isAbsoluteUrl(url: string): boolean {
  try {
    return SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Addresses of a Markdown body as the e-mail writes them: a path of the site
 * (`/fiches/gpds/`) from the site's root (`root`, with its base path), a
 * fragment or a relative path from the page itself (`page`), anything absolute as it is.
 */
export function urlResolver(root: string, page: string): (url: string) => string {
  return (url) => {
    if (url.startsWith('/') && !url.startsWith('//')) return new URL(url.slice(1), root).href;
    return new URL(url, page).href;
  };
}
