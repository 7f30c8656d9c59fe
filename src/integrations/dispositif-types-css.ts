/**
 * `virtual:dispositif-types.css`: the classes of src/lib/dispositif-types.ts
 * `typeStylesheet`, bundled by Vite with the site's own stylesheet (the layout
 * imports it), so that the colours are written in one place and reach the pages
 * in a file, not in style attributes.
 */
import { typeStylesheet } from '../lib/dispositif-types.ts';

const ID = 'virtual:dispositif-types.css';
// The \0 tells other plugins this is no file on disk.
const RESOLVED = `\0${ID}`;

/** A Vite plugin (typed by Astro's `vite.plugins`: Vite is Astro's dependency, not ours). */
export function dispositifTypesCss() {
  return {
    name: 'dispositif-types-css',
    resolveId: (source: string) => (source === ID ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? typeStylesheet() : undefined),
  };
}
