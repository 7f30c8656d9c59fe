declare namespace App {
  interface Locals {
    /** The page's language, from its path (src/middleware.ts). */
    lang: import('./i18n/languages.ts').Lang;
    /** The interface's strings in the page's language (src/i18n/). */
    t: import('./i18n/dictionaries.ts').T;
    /** Acronyms already expanded on the page being rendered: only their first use gets an `<abbr>`. */
    abbrSeen?: Set<string>;
  }
}
