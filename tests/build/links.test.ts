/** Every internal link and anchor of the built site, in every language, resolves to a page and an id that exist. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchPathOf } from '../../src/i18n/routes.ts';
import { PUBLISHED_LANGS } from '../../src/i18n/translations.ts';
import { builtPages } from '../helpers/dist.ts';
import { DIST } from '../helpers/paths.ts';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const idsOf = new Map(pages.map((p) => [p.path, new Set(p.root.querySelectorAll('[id]').map((e) => e.id))]));

describe('internal links', () => {
  it('all resolve, anchors included', () => {
    const broken: string[] = [];
    let checked = 0;
    /** The languages whose pages had links checked: the translated pages (/en/…, /ar/…) are read like the others. */
    const languages = new Set<string>();
    for (const page of pages) {
      for (const a of page.root.querySelectorAll('a[href], link[rel="icon"]')) {
        const raw = a.getAttribute('href')!;
        if (/^(https?:|mailto:|tel:|sms:|geo:)/.test(raw)) continue;
        const url = new URL(raw, `http://site${page.path}`);
        const target = byPath.has(url.pathname) ? url.pathname : undefined;
        checked++;
        languages.add(frenchPathOf(page.path).lang);
        if (!target) {
          // Not a page: a file (icon, document, data) that must exist in dist/.
          if (!existsSync(join(DIST, decodeURIComponent(url.pathname)))) broken.push(`${page.path} → ${raw}`);
          continue;
        }
        // « #lieu=…&type=… » is the map page's state (src/lib/solutions-map/state.ts), not an anchor.
        const id = url.hash.includes('=') ? '' : decodeURIComponent(url.hash.slice(1));
        if (id && !idsOf.get(target)!.has(id)) broken.push(`${page.path} → ${raw} (ancre absente)`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect([...languages].sort()).toEqual([...PUBLISHED_LANGS].sort());
    expect(broken).toEqual([]);
  });

  it('use no absolute URL to the site itself, so that the site works under a sub-path', () => {
    const offenders = pages.flatMap((p) =>
      p.root
        .querySelectorAll('a[href]')
        .map((a) => a.getAttribute('href')!)
        .filter((href) => href.startsWith('//') || href.startsWith('http://localhost'))
        .map((href) => `${p.path} → ${href}`),
    );
    expect(offenders).toEqual([]);
  });
});
