declare namespace App {
  interface Locals {
    /** The page's language, from its path (src/middleware.ts). */
    lang: import('./i18n/languages.ts').Lang;
    /** The interface's strings in the page's language (src/i18n/). */
    t: import('./i18n/dictionaries.ts').T;
    /** The French page this page is, or translates (« /carte/ » on /en/carte/), without the base path. */
    frenchPath: string;
    /** The address of the French page `path` for this page's reader: its translation where it has one, base path included. */
    link: (path: string) => string;
    /** Whether a link to the French page `path` leads a reader of a translated page to a page in French. */
    inFrench: (path: string) => boolean;
    /** Acronyms already expanded on the page being rendered: only their first use gets an `<abbr>`. */
    abbrSeen?: Set<string>;
  }
}
