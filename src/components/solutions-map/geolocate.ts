/**
 * « Autour de moi »: the visitor's position, asked of the browser, and the
 * département it lies in, deduced from the nearest commune centre of the
 * commune index. The position never leaves the page.
 */
import type { LatLon } from '../../lib/geo/distance.ts';
import type { CommuneSearch } from './commune-search.ts';
import type { MAP_MESSAGES } from './messages.ts';
import type { Whereabouts } from './territory.ts';

/** Every point of our départements is closer than this to a commune centre: beyond it, a position is outside them. */
const NEAR_KM = 15;

/** What the page says for each `GeolocationPositionError` code, and when the browser cannot tell. */
const ERRORS = { 1: 'map.locate.denied', 2: 'map.locate.unavailable', 3: 'map.locate.timeout' } as const satisfies Record<
  number,
  (typeof MAP_MESSAGES)[number]
>;
export type GeolocationFailure = (typeof ERRORS)[keyof typeof ERRORS] | 'map.locate.unsupported';

/** Resolves with the position and its département (none outside ours); rejects with the message to show. */
export function geolocate(communes: CommuneSearch): Promise<LatLon & Whereabouts> {
  return new Promise((resolve, reject: (failure: GeolocationFailure) => void) => {
    if (!('geolocation' in navigator)) return reject('map.locate.unsupported');
    navigator.geolocation.getCurrentPosition(
      async ({ coords }) => {
        const point = { lat: coords.latitude, lon: coords.longitude };
        const nearest = await communes.nearest(point).catch(() => undefined);
        const near = nearest && nearest.distance <= NEAR_KM ? nearest.commune : undefined;
        resolve({ ...point, near, departement: near?.departement });
      },
      (error) => reject(ERRORS[error.code as keyof typeof ERRORS] ?? ERRORS[2]),
      { timeout: 15_000, maximumAge: 600_000 },
    );
  });
}
