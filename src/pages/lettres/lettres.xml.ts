/**
 * RSS 2.0 feed of every académie's lettres de la MLDS, the latest first (@astrojs/rss).
 * Published even while no lettre is: valid and empty, as the bulletins' feed is, so that
 * a reader can subscribe before the first issue.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { ofAcademiesText } from '../../content.ts';
import { lettresFeedItems, lettreViews } from '../../data/lettres.ts';
import { useTranslations } from '../../i18n/dictionaries.ts';
import { href, paths } from '../../lib/paths.ts';

/** Feeds are French, as the lettres' pages are. */
const t = useTranslations('fr');

export function GET(context: APIContext) {
  return rss({
    title: t('lettres.rss.title'),
    description: t('lettres.rss.description', { academies: ofAcademiesText }),
    site: new URL(href(paths.lettres), context.site),
    trailingSlash: true,
    items: lettresFeedItems(lettreViews),
    customData: '<language>fr-fr</language>',
  });
}
