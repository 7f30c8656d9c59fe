/**
 * How the SVG map's projection was found (the package does not say): pair each
 * metropolitan département's mean commune centre (gazetteer) with the mean
 * point of its outline, fit an affine transform from each candidate projection
 * by least squares, and measure what is left. Build time only: run by
 * scripts/fit-svg-projection.ts, and checked by the unit tests.
 */
import { applyAffine, type Affine } from '../../src/lib/svg-map/affine.ts';
import { fitAffine } from './fit-affine.ts';
import { communesOfDepartement } from '../../src/lib/geo/communes.ts';
import { departementOutlines } from '../../src/lib/svg-map/outlines.ts';
import { centroid, distanceKm, type LatLon } from '../../src/lib/geo/distance.ts';
import { communeCentres } from '../../src/lib/geo/gazetteer.ts';
import { PROJECTIONS, type ProjectionName } from './projections.ts';
import { contains, meanPoint, type Point, type Ring } from '../../src/lib/svg-map/paths.ts';

export interface Fit {
  projection: ProjectionName;
  affine: Affine;
  /** Root mean square and largest distance between a fitted and an outline centre, in SVG units. */
  rms: number;
  max: number;
  /** Département with the largest residual. */
  worst: string;
  /** Kilometres per SVG unit, mid-France. */
  kmPerUnit: number;
  /** Share of all commune centres that land inside their own département's outline. */
  inside: number;
  /** For the others, how far outside on average, in SVG units. */
  outsideBy: number;
}

/** Each département's mean commune centre and outline mean point. */
export function centrePairs(): { code: string; centre: LatLon; svg: Point }[] {
  const centres = communeCentres();
  return [...departementOutlines().values()].flatMap(({ code, rings }) => {
    const centre = centroid(communesOfDepartement(code).flatMap((c) => centres.get(c.code) ?? []));
    return centre ? [{ code, centre, svg: meanPoint(rings) }] : [];
  });
}

function fitOne(projection: ProjectionName, pairs: ReturnType<typeof centrePairs>): Fit {
  const project = PROJECTIONS[projection];
  const affine = fitAffine(
    pairs.map((p) => project(p.centre)),
    pairs.map((p) => p.svg),
  );
  const toSvg = (p: LatLon) => applyAffine(affine, project(p));
  const errors = pairs.map(({ code, centre, svg }) => {
    const [x, y] = toSvg(centre);
    return { code, error: Math.hypot(x - svg[0], y - svg[1]) };
  });
  const worst = errors.reduce((a, b) => (b.error > a.error ? b : a));
  // Scale: 1° of latitude and of longitude around 46.5° N 2.5° E, measured on the ground and on the map.
  const [origin, north, east] = [
    { lat: 46.5, lon: 2.5 },
    { lat: 47.5, lon: 2.5 },
    { lat: 46.5, lon: 3.5 },
  ];
  const onMap = (a: LatLon, b: LatLon) => Math.hypot(...toSvg(a).map((v, i) => v - toSvg(b)[i]!));
  const kmPerUnit = (distanceKm(origin, north) / onMap(origin, north) + distanceKm(origin, east) / onMap(origin, east)) / 2;
  return {
    projection,
    affine,
    rms: Math.sqrt(errors.reduce((s, e) => s + e.error ** 2, 0) / errors.length),
    max: worst.error,
    worst: worst.code,
    kmPerUnit,
    ...containment(toSvg),
  };
}

/** The outlines are simplified, so communes on a border may fall just outside: how many, by how much? */
function containment(toSvg: (p: LatLon) => [number, number]): { inside: number; outsideBy: number } {
  const centres = communeCentres();
  const outside: number[] = [];
  let all = 0;
  for (const { code, rings } of departementOutlines().values()) {
    for (const commune of communesOfDepartement(code)) {
      const centre = centres.get(commune.code);
      if (!centre) continue;
      all++;
      const point = toSvg(centre);
      if (!contains(rings, point)) outside.push(distanceToRings(rings, point));
    }
  }
  return { inside: 1 - outside.length / all, outsideBy: outside.reduce((s, d) => s + d, 0) / outside.length };
}

function distanceToRings(rings: readonly Ring[], [x, y]: Point): number {
  let best = Infinity;
  for (const ring of rings) {
    ring.forEach(([ax, ay], i) => {
      const [bx, by] = ring[(i + 1) % ring.length]!;
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
    });
  }
  return best;
}

/** Every candidate's fit, best (smallest RMS residual) first. */
export function fitSvgProjection(): Fit[] {
  const pairs = centrePairs();
  return (Object.keys(PROJECTIONS) as ProjectionName[]).map((name) => fitOne(name, pairs)).sort((a, b) => a.rms - b.rms);
}
