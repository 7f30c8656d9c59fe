/**
 * The candidate projections that scripts/fit-svg-projection.ts tries against
 * the département outlines, from degrees to plane coordinates. The one that
 * fits best, Web Mercator, is the site's (src/lib/svg-map/projection.ts). Pure.
 */
import { rad } from '../../src/lib/geo/coordinates.ts';
import { webMercator, type Projection } from '../../src/lib/svg-map/projection.ts';

/** x = longitude, y = latitude, in degrees. */
export const plateCarree: Projection = ({ lat, lon }) => [lon, lat];

/** Plate carrée with longitudes shortened as they are at 46.5° N, mid-France. */
export const equirectangular: Projection = ({ lat, lon }) => [lon * Math.cos(rad(46.5)), lat];

// Lambert-93 (EPSG:2154): conformal conic on GRS80, standard parallels 44° and 49° N,
// origin 46.5° N 3° E at (700 000, 6 600 000). Formulas: IGN, NTG_71, « Projection
// cartographique conique conforme de Lambert » (ALG0054).
const A = 6378137;
const E = Math.sqrt((1 / 298.257222101) * (2 - 1 / 298.257222101));
const m = (phi: number) => Math.cos(phi) / Math.sqrt(1 - (E * Math.sin(phi)) ** 2);
const t = (phi: number) => Math.tan(Math.PI / 4 - phi / 2) / ((1 - E * Math.sin(phi)) / (1 + E * Math.sin(phi))) ** (E / 2);
const [PHI1, PHI2, PHI0, LAMBDA0] = [rad(44), rad(49), rad(46.5), rad(3)];
const N = (Math.log(m(PHI1)) - Math.log(m(PHI2))) / (Math.log(t(PHI1)) - Math.log(t(PHI2)));
const F = m(PHI1) / (N * t(PHI1) ** N);
const rho = (phi: number) => A * F * t(phi) ** N;
const RHO0 = rho(PHI0);

/** Lambert-93 (EPSG:2154), in metres: France's official projection. */
export const lambert93: Projection = ({ lat, lon }) => {
  const r = rho(rad(lat));
  const theta = N * (rad(lon) - LAMBDA0);
  return [700000 + r * Math.sin(theta), 6600000 + RHO0 - r * Math.cos(theta)];
};

export const PROJECTIONS = { plateCarree, equirectangular, webMercator, lambert93 } as const;
export type ProjectionName = keyof typeof PROJECTIONS;
