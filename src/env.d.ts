declare namespace App {
  interface Locals {
    /** Acronyms already expanded on the page being rendered: only their first use gets an `<abbr>`. */
    abbrSeen?: Set<string>;
  }
}
