/** The results list of the map page: the full alternative to the map (everything the map shows, as a list). */
import { formatDistance } from '../../lib/geo/distance.ts';
import { typeClass } from '../../lib/dispositif-types.ts';
import { escapeHtml as escape } from '../../lib/format/html.ts';
import type { MapPlace } from '../../lib/solutions-map/places.ts';

/** How the page names and marks a kind; its colour comes with its class (src/lib/dispositif-types.ts `typeStylesheet`). */
export interface TypeStyle {
  label: string;
  short: string;
  symbol: string;
}

export type Ranked = MapPlace & { distance?: number };

/** The kind as TypeBadge.astro draws it; a class, not a style attribute, which the Content-Security-Policy refuses. */
export function badge(type: string, style: TypeStyle): string {
  return `<span class="badge ${escape(typeClass(type))}"><span class="badge__symbol" aria-hidden="true">${escape(style.symbol)}</span>${escape(style.short)}</span>`;
}

/** One result: its kind, its page, its commune, its distance, its phone, and a button to show it on the map. */
/**
 * The distance as the list says it. Both ends are usually commune centres: within
 * the commune searched, « dans la commune » is truer than « à 100 m ».
 */
export function distanceText(place: Ranked, from: string | undefined): string {
  if (place.distance === undefined) return '';
  return place.commune === from ? 'dans la commune' : formatDistance(place.distance);
}

export function resultItem(
  place: Ranked,
  types: Record<string, TypeStyle>,
  base: string,
  selected: boolean,
  from: string | undefined,
): string {
  const distance = place.distance === undefined ? '' : ` · <strong class="distance">${distanceText(place, from)}</strong>`;
  const phone = place.telephone && place.tel ? ` · <a class="phone" href="${escape(place.tel)}">${escape(place.telephone)}</a>` : '';
  return `<li class="resultat${selected ? ' resultat--choisi' : ''}" data-id="${escape(place.id)}">
  ${types[place.type] ? badge(place.type, types[place.type]!) : ''}
  <a class="card__title" href="${base}dispositifs/${encodeURIComponent(place.id)}/">${escape(place.nom)}</a>
  <p class="card__meta">${escape(place.commune)} (${escape(place.departement)})${distance}${phone}</p>
  <button type="button" class="lien-bouton" data-voir="${escape(place.id)}" aria-label="Voir sur la carte : ${escape(place.nom)}">Voir sur la carte</button>
</li>`;
}

/** « Les plus proches » : the nearest place of each kind, easy to spot above the list. */
export function nearestList(
  nearest: Map<string, Ranked>,
  types: Record<string, TypeStyle>,
  base: string,
  from: string | undefined,
): string {
  if (nearest.size === 0) return '';
  const items = [...nearest].map(
    ([type, place]) =>
      `<li>${types[type] ? badge(type, types[type]!) : ''} <a href="${base}dispositifs/${encodeURIComponent(place.id)}/">${escape(place.nom)}</a>, ${escape(place.commune)} <strong>${distanceText(place, from)}</strong></li>`,
  );
  return `<h2 id="plus-proches-titre">Le plus proche de chaque type</h2><ul aria-labelledby="plus-proches-titre">${items.join('')}</ul>`;
}

/** « 12 solutions sur 51, de la plus proche à la plus lointaine depuis Marmande. » */
export function summary(count: number, total: number, from: string | undefined): string {
  const what = count === 0 ? 'Aucune solution' : count === 1 ? '1 solution' : `${count} solutions`;
  const of = count === total ? '' : ` sur ${total}`;
  const order = from ? `, de la plus proche à la plus lointaine depuis ${from}` : '';
  return `${what}${of}${order}.`;
}
