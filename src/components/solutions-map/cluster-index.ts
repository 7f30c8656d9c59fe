/**
 * Groups nearby places for the map (supercluster). Built by the page as soon as
 * the places are known, while Leaflet is still downloading, so that the first
 * markers do not wait for both one after the other.
 */
import Supercluster from 'supercluster';
import type { Ranked } from './results.ts';

export type ClusterIndex = Supercluster<{ place: Ranked }>;

/** Beyond this zoom, places are shown one by one: fewer levels to build keeps 10,000 places fast to index. */
const OPTIONS = { radius: 56, maxZoom: 12 };

export function buildClusterIndex(places: readonly Ranked[]): ClusterIndex {
  return new Supercluster<{ place: Ranked }>(OPTIONS).load(
    places.map((place) => ({ type: 'Feature', properties: { place }, geometry: { type: 'Point', coordinates: [place.lon, place.lat] } })),
  );
}
