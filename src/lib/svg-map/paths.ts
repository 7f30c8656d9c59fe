/**
 * The little of SVG path syntax that outline maps use: move-to, line-to
 * (explicit or implicit), horizontal and vertical lines, close-path; absolute or
 * relative; numbers separated by commas or spaces. Pure.
 */

export type Point = [x: number, y: number];
/** One closed outline: a mainland or an island. */
export type Ring = Point[];

// Any letter, so that an unsupported command is refused rather than skipped.
const TOKENS = /[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** The absolute points of each subpath of `d`, repeated points dropped. */
export function parsePath(d: string): Ring[] {
  const tokens = d.match(TOKENS) ?? [];
  const rings: Ring[] = [];
  let ring: Ring = [];
  let command = 'M';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let i = 0;
  const number = () => Number(tokens[i++]);
  const add = () => {
    const last = ring.at(-1);
    if (!last || last[0] !== x || last[1] !== y) ring.push([x, y]);
  };
  const close = () => {
    if (ring.length > 0) rings.push(ring);
    ring = [];
  };
  while (i < tokens.length) {
    if (/[a-z]/i.test(tokens[i]!)) command = tokens[i++]!;
    const relative = command === command.toLowerCase();
    switch (command.toLowerCase()) {
      case 'z':
        close();
        [x, y] = [startX, startY];
        if (i < tokens.length && !/[a-z]/i.test(tokens[i]!))
          throw new Error('Tracé SVG illisible : des nombres suivent une fermeture « z ».');
        break;
      case 'm':
        close();
        [x, y] = relative ? [x + number(), y + number()] : [number(), number()];
        [startX, startY] = [x, y];
        add();
        // Pairs after a move-to are line-tos (SVG 1.1, 8.3.2).
        command = relative ? 'l' : 'L';
        break;
      case 'l':
        [x, y] = relative ? [x + number(), y + number()] : [number(), number()];
        add();
        break;
      case 'h':
        x = relative ? x + number() : number();
        add();
        break;
      case 'v':
        y = relative ? y + number() : number();
        add();
        break;
      default:
        throw new Error(`Commande de tracé SVG non prise en charge : « ${command} ».`);
    }
  }
  close();
  return rings;
}

/** « 12.3 », « -0.5 », « 4 » from a count of tenths, without float noise. */
function tenths(n: number): string {
  const abs = Math.abs(n);
  return `${n < 0 ? '-' : ''}${Math.floor(abs / 10)}${abs % 10 ? `.${abs % 10}` : ''}`;
}

/**
 * A compact `d` for rings: coordinates rounded to a tenth (well under a pixel
 * at the sizes we draw), written relative to the rounded previous point so
 * that rounding never accumulates; rings that rounding flattens are dropped.
 */
export function formatPath(rings: readonly Ring[]): string {
  let pen: Point = [0, 0];
  const parts: string[] = [];
  for (const ring of rings) {
    const rounded: Point[] = [];
    for (const [x, y] of ring) {
      const point: Point = [Math.round(x * 10), Math.round(y * 10)];
      const last = rounded.at(-1);
      if (!last || last[0] !== point[0] || last[1] !== point[1]) rounded.push(point);
    }
    if (rounded.length < 3) continue;
    const steps = rounded.map(([x, y], i) => {
      const [px, py] = i === 0 ? pen : rounded[i - 1]!;
      return `${tenths(x - px)},${tenths(y - py)}`;
    });
    parts.push(`m${steps.join(' ')}z`);
    pen = rounded[0]!;
  }
  return parts.join('');
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The smallest box around some rings. */
export function boundingBox(rings: readonly Ring[]): Box {
  const points = rings.flat();
  return {
    minX: Math.min(...points.map((p) => p[0])),
    minY: Math.min(...points.map((p) => p[1])),
    maxX: Math.max(...points.map((p) => p[0])),
    maxY: Math.max(...points.map((p) => p[1])),
  };
}

/** A `viewBox` around a box, with a margin on each side. */
export function viewBoxOf(box: Box, margin: number): string {
  const round = (n: number) => Math.round(n * 10) / 10;
  return [box.minX - margin, box.minY - margin, box.maxX - box.minX + 2 * margin, box.maxY - box.minY + 2 * margin].map(round).join(' ');
}

/** The mean of the points of some rings, as the projection fit pairs it with a département's communes. */
export function meanPoint(rings: readonly Ring[]): Point {
  const points = rings.flat();
  return [points.reduce((s, p) => s + p[0], 0) / points.length, points.reduce((s, p) => s + p[1], 0) / points.length];
}

/** Where to write a label: the centroid of the largest ring's area (the mainland, not an island). */
export function labelPoint(rings: readonly Ring[]): Point {
  const withArea = rings.map((ring) => {
    let [area, cx, cy] = [0, 0, 0];
    ring.forEach(([x0, y0], i) => {
      const [x1, y1] = ring[(i + 1) % ring.length]!;
      const cross = x0 * y1 - x1 * y0;
      area += cross / 2;
      cx += ((x0 + x1) * cross) / 6;
      cy += ((y0 + y1) * cross) / 6;
    });
    return { area: Math.abs(area), point: [cx / area, cy / area] as Point };
  });
  return withArea.reduce((a, b) => (b.area > a.area ? b : a)).point;
}

/** True when the point is inside the rings (even–odd rule, so a lake would count as outside). */
export function contains(rings: readonly Ring[], [x, y]: Point): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
