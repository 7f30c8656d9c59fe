/**
 * The Content-Security-Policy of the site, one fixed policy that the layouts write
 * in a `<meta>` of every page (src/integrations/security-headers.ts repeats it in
 * `_headers`). It can be fixed because the pages hold no inline script, style
 * element or style attribute: scripts and component styles are files
 * (`build.inlineStylesheets: 'never'`), JSON-LD is data, not code, a kind's colour
 * is a class. tests/build/security.test.ts fails the build's tests if an inline
 * script, style or style attribute ever appears.
 *
 * Astro's own `security.csp` wrote the same policy with hashes, but hashed again,
 * on every page, each stylesheet the page links to (an empty text): tens of
 * thousands of waits for nothing on a large site (docs/architecture.md).
 */
import { SITE } from '../../site.config.ts';

/** Directive → its sources. */
export type Directives = Readonly<Record<string, readonly string[]>>;

export const SITE_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  // The map's tiles, the only other host the site asks anything of (src/site.config.ts).
  'img-src': ["'self'", 'data:', new URL(SITE.tiles.url).origin],
  'connect-src': ["'self'"],
  // Pagefind runs its index in a worker…
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // … and compiles WebAssembly.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  // No style attribute: Leaflet places tiles and markers through the CSSOM (`element.style.…`),
  // which a policy does not govern, and badges and markers take their colour from a class
  // (src/lib/dispositif-types.ts `typeStylesheet`).
  'style-src-attr': ["'none'"],
};

/** The policy as a header or a `<meta>` writes it: the site's directives, with `changes` replacing some of them. */
export function contentSecurityPolicy(changes: Directives = {}): string {
  return Object.entries({ ...SITE_DIRECTIVES, ...changes })
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy of every page but the editor's (src/pages/admin/index.astro). */
export const SITE_POLICY = contentSecurityPolicy();

/**
 * The policy of the e-mail versions (`courriel.html`, src/lib/email/html.ts), which
 * carry their styles inline as mail programs need them: no script, no request but
 * images, and styles from the page only. Its `<meta>` stays in `<head>`, which
 * copying the message into a mail program leaves behind.
 */
export const EMAIL_POLICY = [
  "default-src 'none'",
  // Absolute addresses: the site's own images, from wherever the page is opened.
  "img-src 'self' https:",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
