/**
 * Links in Markdown bodies that leave the site get `rel="noopener noreferrer"`:
 * the other site cannot reach this page through `window.opener`, nor learn
 * which page sent the reader (privacy, see /donnees-personnelles/).
 */
import { defineHastPlugin } from 'satteri';
import { isExternalHref, withExternalRel } from '../lib/html-safety.ts';

export function externalLinksPlugin(site: string) {
  return defineHastPlugin({
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string' || !isExternalHref(href, site)) return;
        ctx.setProperty(node, 'rel', withExternalRel(node.properties?.['rel']));
      },
    },
  });
}
