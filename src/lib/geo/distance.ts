/**
 * Distances and nearest-first ranking: pure functions, shared by the build and
 * the map page. A distance is written by the dictionary's `t.distance(km)` (src/i18n/translate.ts).
 */
import { rad } from './coordinates.ts';

export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Items sorted nearest first, each with its distance; ties keep their order. */
export function rankByDistance<T extends LatLon>(items: readonly T[], from: LatLon): (T & { distance: number })[] {
  return items.map((item) => ({ ...item, distance: distanceKm(from, item) })).sort((a, b) => a.distance - b.distance);
}

/** The first item of each kind in an already ranked list: « the nearest PAPS, the nearest micro-lycée ». */
export function firstOfEach<T>(ranked: readonly T[], kindOf: (item: T) => string): Map<string, T> {
  const first = new Map<string, T>();
  for (const item of ranked) if (!first.has(kindOf(item))) first.set(kindOf(item), item);
  return first;
}

/** The mean position of some points (they are close together, so a plain mean is enough). */
export function centroid(points: readonly LatLon[]): LatLon | undefined {
  if (points.length === 0) return undefined;
  return {
    lat: points.reduce((sum, p) => sum + p.lat, 0) / points.length,
    lon: points.reduce((sum, p) => sum + p.lon, 0) / points.length,
  };
}
