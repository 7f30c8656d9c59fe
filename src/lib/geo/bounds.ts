/** The box around some points: the map's first view frames the académies' communes, whatever the académies. */
import type { LatLon } from './distance.ts';

/** South-west and north-east corners, `[[south, west], [north, east]]` as Leaflet takes them. */
export type Bounds = [[number, number], [number, number]];

export function boundsOf(points: readonly LatLon[]): Bounds | undefined {
  if (points.length === 0) return undefined;
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  return [
    [Math.min(...lats), Math.min(...lons)],
    [Math.max(...lats), Math.max(...lons)],
  ];
}
