/**
 * `virtual:site-address.css`: the site's address (scheme and host, from the
 * build's `site`) as the custom property `--site-address`, so that a printed
 * page writes out a link to one of its own pages as a full address
 * (src/styles/print.css). A stylesheet, not a style attribute: the pages'
 * policy refuses those (src/lib/security/csp.ts).
 */
const ID = 'virtual:site-address.css';
// The \0 tells other plugins this is no file on disk.
const RESOLVED = `\0${ID}`;

/** The rule, for an address such as `https://exemple.fr/sous-chemin`: links already carry the base path, so only the origin. */
export function siteAddressStylesheet(site: string): string {
  // An origin holds no quote nor backslash; JSON's escapes are CSS's anyway.
  return `:root{--site-address:${JSON.stringify(new URL(site).origin)}}\n`;
}

/** A Vite plugin (typed by Astro's `vite.plugins`: Vite is Astro's dependency, not ours). */
export function siteAddressCss(site: string) {
  return {
    name: 'site-address-css',
    resolveId: (source: string) => (source === ID ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? siteAddressStylesheet(site) : undefined),
  };
}
