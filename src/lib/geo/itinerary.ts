/**
 * Links that take a reader to a place with their own tools: OpenStreetMap's
 * directions (a web page) and a `geo:` URI (RFC 5870) that phones open in their
 * map application. Pure.
 */
import { roundCoordinate } from './coordinates.ts';
import type { LatLon } from './distance.ts';
import type { Precision } from './positions.ts';
import { ofPlace } from '../format/text.ts';
import type { T, UiKey } from '../../i18n/dictionaries.ts';

const coordinate = (n: number) => String(roundCoordinate(n));

/** OpenStreetMap's directions to the place, from wherever the reader says they start. */
export function directionsUrl({ lat, lon }: LatLon): string {
  return `https://www.openstreetmap.org/directions?route=%3B${coordinate(lat)}%2C${coordinate(lon)}`;
}

export function geoUri({ lat, lon }: LatLon): string {
  return `geo:${coordinate(lat)},${coordinate(lon)}`;
}

/** What a place's page gives to find the door at the end of the trip: its street address, else its phone, else neither. */
export type LastStretch = 'adresse' | 'telephone' | 'rien';

const LAST_STRETCH = {
  adresse: 'map.itinerary.address',
  telephone: 'map.itinerary.phone',
  rien: 'map.itinerary.none',
} as const satisfies Record<LastStretch, UiKey>;

/** What the reader must know before following an itinerary to an approximate point: where it ends, and what helps then. */
export function itineraryNote(t: T, precision: Precision, commune: string, lastStretch: LastStretch): string | undefined {
  if (precision === 'exacte') return undefined;
  const target =
    precision === 'commune' ? t('map.itinerary.toCommune', { ofCommune: ofPlace(t.locale, commune) }) : t('map.itinerary.toPoint');
  return t(LAST_STRETCH[lastStretch], { target });
}
