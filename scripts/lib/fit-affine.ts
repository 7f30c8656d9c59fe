/** The least-squares fit of an affine transform, run by scripts/fit-svg-projection.ts. Pure. */
import type { Affine, Pair } from '../../src/lib/svg-map/affine.ts';

/** Solves a 3×3 linear system by Cramer's rule. */
function solve3(m: number[][], v: number[]): [number, number, number] {
  const det = (k: number[][]) =>
    k[0]![0]! * (k[1]![1]! * k[2]![2]! - k[1]![2]! * k[2]![1]!) -
    k[0]![1]! * (k[1]![0]! * k[2]![2]! - k[1]![2]! * k[2]![0]!) +
    k[0]![2]! * (k[1]![0]! * k[2]![1]! - k[1]![1]! * k[2]![0]!);
  const d = det(m);
  if (Math.abs(d) < 1e-12) throw new Error('Ajustement impossible : les points sont alignés.');
  const column = (j: number) => det(m.map((row, i) => row.map((value, k) => (k === j ? v[i]! : value))));
  return [column(0) / d, column(1) / d, column(2) / d];
}

/**
 * The affine transform that best maps `from` onto `to` by least squares (normal
 * equations). Inputs are centred and scaled first, so that coordinates in
 * metres (Lambert-93: millions) do not ruin the precision.
 */
export function fitAffine(from: readonly Pair[], to: readonly Pair[]): Affine {
  const n = from.length;
  const [mx, my] = [from.reduce((s, p) => s + p[0], 0) / n, from.reduce((s, p) => s + p[1], 0) / n];
  const scale = Math.max(...from.map(([x, y]) => Math.max(Math.abs(x - mx), Math.abs(y - my)))) || 1;
  const rows = from.map(([x, y]) => [(x - mx) / scale, (y - my) / scale, 1]);
  const normal = [0, 1, 2].map((i) => [0, 1, 2].map((j) => rows.reduce((s, r) => s + r[i]! * r[j]!, 0)));
  const rhs = (k: 0 | 1) => [0, 1, 2].map((i) => rows.reduce((s, r, p) => s + r[i]! * to[p]![k], 0));
  const [a, b, c] = solve3(normal, rhs(0));
  const [d, e, f] = solve3(normal, rhs(1));
  // Undo the centring and scaling: x' = a(x − mx)/s + b(y − my)/s + c.
  return [a / scale, b / scale, c - (a * mx + b * my) / scale, d / scale, e / scale, f - (d * mx + e * my) / scale];
}
