/** RSS 2.0 feed of the daily bulletins, the latest first (@astrojs/rss). Valid and empty while no bulletin is published. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { academies, bulletins, departementsByCode, ofAcademiesText } from '../../content.ts';
import { useTranslations } from '../../i18n/dictionaries.ts';
import { href, paths } from '../../lib/paths.ts';

/** Feeds and calendars are French, as the Semaine's pages are. */
const t = useTranslations('fr');

export function GET(context: APIContext) {
  const nameOf = new Map(academies.map((a) => [a.id, a.data.nom]));
  return rss({
    title: t('semaine.feeds.rss'),
    description: t('semaine.rss.description', { academies: ofAcademiesText }),
    site: new URL(href(paths.semaine), context.site),
    trailingSlash: true,
    items: [...bulletins].reverse().map(({ id, data }) => {
      const departement = departementsByCode.get(data.departement);
      return {
        title: t('semaine.bulletin.title', { date: t.date(data.date), academie: nameOf.get(data.academie.id) ?? data.academie.id }),
        link: href(paths.bulletin(id)),
        pubDate: data.date,
        description: departement
          ? t('semaine.rss.itemHonoured', { edition: data.edition.id, departement: departement.nom })
          : t('semaine.rss.item', { edition: data.edition.id }),
      };
    }),
    customData: '<language>fr-fr</language>',
  });
}
