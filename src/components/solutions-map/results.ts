/** The results list of the map page: the full alternative to the map (everything the map shows, as a list). */
import { escapeHtml as escape } from '../../lib/format/html.ts';
import type { MapPlace } from '../../lib/solutions-map/places.ts';
import type { MapT } from './messages.ts';

export type Ranked = MapPlace & { distance?: number };

/**
 * The kinds' badges as TypeBadge.astro drew them on the server, each in a
 * `<template data-badge="paps">`: the list repeats that markup as it is, the
 * map's markers take its letter. Its colour comes with its class, never a style
 * attribute, which the Content-Security-Policy refuses.
 */
export class TypeBadges {
  #markup = new Map<string, string>();
  #symbols = new Map<string, string>();

  constructor(root: ParentNode) {
    for (const template of root.querySelectorAll<HTMLTemplateElement>('template[data-badge]')) {
      const type = template.dataset['badge']!;
      this.#markup.set(type, template.innerHTML.trim());
      this.#symbols.set(type, template.content.querySelector('.badge__symbol')?.textContent ?? '?');
    }
  }

  /** The badge's markup; nothing for a kind the page has no badge for. */
  markup(type: string): string {
    return this.#markup.get(type) ?? '';
  }

  symbol(type: string): string {
    return this.#symbols.get(type) ?? '?';
  }
}

/** What every line of the list needs: the page's strings, its badges, the site's base path, where the visitor is. */
export interface ListContext {
  t: MapT;
  badges: TypeBadges;
  base: string;
  /** The commune searched, or the words for the visitor's position. */
  from: string | undefined;
  /** A place's académie, « académie de Bordeaux », when it is not the visitor's: a list never passes it off as theirs. */
  academieOf(place: Ranked): string | undefined;
  /** Nothing is published where the visitor is: the nearest places are « publiés », not « de chaque type » near them. */
  elsewhere: boolean;
}

const pageOf = (place: Ranked, base: string) => `${base}dispositifs/${encodeURIComponent(place.id)}/`;

/**
 * The distance as the list says it. Both ends are usually commune centres: within
 * the commune searched, « dans la commune » is truer than « à 100 m ».
 */
export function distanceText(t: MapT, place: Ranked, from: string | undefined): string {
  if (place.distance === undefined) return '';
  return place.commune === from ? t('map.result.sameCommune') : t.distance(place.distance);
}

/** The distance, isolated (`<bdi>`) from the French names around it: on an Arabic page, its number stays with its own words. */
export const distanceMarkup = (t: MapT, place: Ranked, from: string | undefined) => `<bdi>${escape(distanceText(t, place, from))}</bdi>`;

/** One result: its kind, its page, its commune, its distance, its phone, and a button to show it on the map. */
export function resultItem(place: Ranked, { t, badges, base, from, academieOf }: ListContext, selected: boolean): string {
  const academie = academieOf(place);
  const where = academie
    ? t('map.result.whereElsewhere', { commune: place.commune, departement: place.departement, academie })
    : t('map.result.where', { commune: place.commune, departement: place.departement });
  const distance = place.distance === undefined ? '' : ` · <strong class="distance">${distanceMarkup(t, place, from)}</strong>`;
  const phone =
    place.telephone && place.tel ? ` · <a class="phone" href="${escape(place.tel)}" dir="ltr">${escape(place.telephone)}</a>` : '';
  return `<li class="resultat${selected ? ' resultat--choisi' : ''}" data-id="${escape(place.id)}">
  ${badges.markup(place.type)}
  <a class="card__title" href="${pageOf(place, base)}">${escape(place.nom)}</a>
  <p class="card__meta">${escape(where)}${distance}${phone}</p>
  <button type="button" class="lien-bouton" data-voir="${escape(place.id)}" aria-label="${escape(t('map.result.showLabel', { name: place.nom }))}">${escape(t('map.result.show'))}</button>
</li>`;
}

/**
 * « Le plus proche de chaque type » : the nearest place of each kind, easy to spot
 * above the list. Where nothing is published near the visitor, the words of
 * EmptyTerritory.astro: « les lieux publiés les plus proches », each with its
 * académie, and distances said to be as the crow flies.
 */
export function nearestList(nearest: Map<string, Ranked>, list: ListContext): string {
  if (nearest.size === 0) return '';
  const { t, badges, base, from, academieOf, elsewhere } = list;
  const items = [...nearest].map(([type, place]) => {
    const academie = academieOf(place);
    const where = academie ? t('empty.place', { commune: place.commune, departement: place.departement, academie }) : place.commune;
    return `<li>${badges.markup(type)} <a href="${pageOf(place, base)}">${escape(place.nom)}</a>, ${escape(where)} <strong>${distanceMarkup(t, place, from)}</strong></li>`;
  });
  const title = elsewhere && from ? t('empty.nearestFrom', { commune: from }) : t('map.nearest.title');
  const crowFlies = elsewhere ? `<p class="small">${escape(t('empty.crowFlies'))}</p>` : '';
  return `<h2 id="plus-proches-titre">${escape(title)}</h2><ul aria-labelledby="plus-proches-titre">${items.join('')}</ul>${crowFlies}`;
}

/** « 12 solutions sur 51, de la plus proche à la plus lointaine depuis Marmande. » */
export function summary(t: MapT, count: number, total: number, from: string | undefined): string {
  if (count === 0) return total === 0 ? t('map.summary.empty') : t('map.summary.none', { total });
  if (from === undefined) return count === total ? t('map.summary.all', { count }) : t('map.summary.some', { count, total });
  return count === total ? t('map.summary.allFrom', { count, from }) : t('map.summary.someFrom', { count, total, from });
}
