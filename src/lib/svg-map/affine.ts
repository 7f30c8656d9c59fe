/** Affine transforms of the plane (their least-squares fit, used once to find the map's, is in scripts/lib/fit-affine.ts). Pure. */

/** x' = a·x + b·y + c, y' = d·x + e·y + f. */
export type Affine = readonly [a: number, b: number, c: number, d: number, e: number, f: number];
export type Pair = readonly [x: number, y: number];

export function applyAffine([a, b, c, d, e, f]: Affine, [x, y]: Pair): [number, number] {
  return [a * x + b * y + c, d * x + e * y + f];
}
