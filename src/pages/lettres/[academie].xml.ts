/**
 * RSS 2.0 feed of one académie's lettres de la MLDS, the latest first (@astrojs/rss):
 * one per académie that has published a lettre. An académie with none has no feed,
 * and no page links to one.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { lettresByAcademie, lettresFeedItems, type LettreView } from '../../data/lettres.ts';
import { useTranslations } from '../../i18n/dictionaries.ts';
import { href, paths } from '../../lib/paths.ts';

/** Feeds are French, as the lettres' pages are. */
const t = useTranslations('fr');

export function getStaticPaths() {
  return lettresByAcademie.map(({ academie, lettres }) => ({
    params: { academie: academie.id },
    props: { nom: academie.data.nom, lettres },
  }));
}

export function GET(context: APIContext) {
  const { nom, lettres } = context.props as { nom: string; lettres: LettreView[] };
  return rss({
    title: t('lettres.rss.titleOf', { academie: nom }),
    description: t('lettres.rss.descriptionOf', { academie: nom }),
    site: new URL(href(paths.lettres), context.site),
    trailingSlash: true,
    items: lettresFeedItems(lettres),
    customData: '<language>fr-fr</language>',
  });
}
