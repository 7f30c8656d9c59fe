import { describe, expect, it } from 'vitest';
import { applyAffine } from '../../../src/lib/svg-map/affine.ts';
import { fitAffine } from '../../../scripts/lib/fit-affine.ts';
import { outlineOf } from '../../../src/lib/svg-map/outlines.ts';
import { communeCentres } from '../../../src/lib/geo/gazetteer.ts';
import { lambert93, PROJECTIONS } from '../../../scripts/lib/projections.ts';
import { contains, formatPath, parsePath, type Ring } from '../../../src/lib/svg-map/paths.ts';
import { PROJECTION, toSvg, webMercator } from '../../../src/lib/svg-map/projection.ts';
import { fitSvgProjection } from '../../../scripts/lib/svg-projection-fit.ts';

describe('parsePath', () => {
  it('reads relative moves, implicit line-tos, commas and spaces', () => {
    expect(parsePath('m 10,20 5,0 0 5 l -5,0 z')).toEqual([
      [
        [10, 20],
        [15, 20],
        [15, 25],
        [10, 25],
      ],
    ]);
  });

  it('starts a relative move after a close from the subpath start, and drops repeated points', () => {
    expect(parsePath('m 10,10 4,0 0,0 0,4 z m 20,0 1,1 -1,1 z')).toEqual([
      [
        [10, 10],
        [14, 10],
        [14, 14],
      ],
      [
        [30, 10],
        [31, 11],
        [30, 12],
      ],
    ]);
  });

  it('reads absolute commands, horizontal and vertical lines', () => {
    expect(parsePath('M1 1H4V3L1 3Z')).toEqual([
      [
        [1, 1],
        [4, 1],
        [4, 3],
        [1, 3],
      ],
    ]);
  });

  it('refuses curves it cannot read, with a sentence', () => {
    expect(() => parsePath('M0 0 C 1 1 2 2 3 3')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Commande de tracé SVG non prise en charge : « C ».]`,
    );
    expect(() => parsePath('M0 0 L1 1 z 3 3')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Tracé SVG illisible : des nombres suivent une fermeture « z ».]`,
    );
  });
});

describe('formatPath', () => {
  it('rounds to a tenth without drift, and reads back', () => {
    const rings: Ring[] = [
      [
        [100.04, 200.06],
        [100.16, 200.14],
        [110.54, 205.01],
        [109.99, 212.42],
      ],
    ];
    const d = formatPath(rings);
    expect(d).toBe('m100,200.1 0.2,0 10.3,4.9 -0.5,7.4z');
    parsePath(d)[0]!.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(rings[0]![i]![0], 1);
      expect(y).toBeCloseTo(rings[0]![i]![1], 1);
    });
  });

  it('keeps a département outline within a twentieth of a unit', () => {
    const { rings } = outlineOf('33')!;
    const back = parsePath(formatPath(rings));
    const worst = Math.max(...rings.flatMap((ring, r) => ring.map(([x, y], i) => Math.hypot(x - back[r]![i]![0], y - back[r]![i]![1]))));
    expect(worst).toBeLessThan(0.071);
  });
});

describe('contains', () => {
  const square: Ring = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ];
  it('tells inside from outside, islands included', () => {
    expect(contains([square], [5, 5])).toBe(true);
    expect(contains([square], [15, 5])).toBe(false);
    const island: Ring = square.map(([x, y]) => [x + 20, y]);
    expect(contains([square, island], [25, 5])).toBe(true);
  });
});

describe('projections', () => {
  it('puts Lambert-93’s origin, 46.5° N 3° E, at (700 000, 6 600 000)', () => {
    const [x, y] = lambert93({ lat: 46.5, lon: 3 });
    expect(x).toBeCloseTo(700000, 3);
    expect(y).toBeCloseTo(6600000, 3);
  });

  it('keeps true scale along its standard parallels, 44° and 49° N, and shrinks between them', () => {
    // Along a parallel, the ellipsoid's arc for dλ is a·cos φ / √(1 − e² sin² φ)·dλ (GRS80).
    const e2 = (1 / 298.257222101) * (2 - 1 / 298.257222101);
    const scale = (lat: number) => {
      const [x0, y0] = lambert93({ lat, lon: 3 });
      const [x1, y1] = lambert93({ lat, lon: 3.001 });
      const phi = (lat * Math.PI) / 180;
      const arc = (6378137 * Math.cos(phi) * ((0.001 * Math.PI) / 180)) / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
      return Math.hypot(x1 - x0, y1 - y0) / arc;
    };
    expect(scale(44)).toBeCloseTo(1, 7);
    expect(scale(49)).toBeCloseTo(1, 7);
    expect(scale(46.5)).toBeLessThan(0.9995);
  });

  it('fits back a known affine transform', () => {
    const truth = [2, 0.5, 10, -0.25, -3, 400] as const;
    const from = [
      [0, 0],
      [1, 0],
      [0, 1],
      [3, 7],
      [-2, 5],
    ] as const;
    const fitted = fitAffine(
      from,
      from.map((p) => applyAffine(truth, p)),
    );
    fitted.forEach((value, i) => expect(value).toBeCloseTo(truth[i]!, 9));
  });

  it('projects the Web Mercator way', () => {
    expect(webMercator({ lat: 0, lon: 180 })[0]).toBeCloseTo(20037508.34, 1);
  });
});

describe('toSvg', () => {
  const centres = communeCentres();
  it.each([
    ['Bordeaux', '33063', '33'],
    ['Limoges', '87085', '87'],
    ['Poitiers', '86194', '86'],
    ['Pau', '64445', '64'],
    ['Agen', '47001', '47'],
  ])('puts %s inside its own département’s outline', (_name, code, departement) => {
    expect(contains(outlineOf(departement)!.rings, toSvg(centres.get(code)!))).toBe(true);
  });

  it('uses the constants that scripts/fit-svg-projection.ts finds today', () => {
    const best = fitSvgProjection()[0]!;
    expect(best.projection).toBe(PROJECTION);
    for (const place of [
      { lat: 51.09, lon: 2.55 },
      { lat: 42.33, lon: 9.53 },
      { lat: 43.36, lon: -1.79 },
    ]) {
      const [committedX, committedY] = toSvg(place);
      const [refitX, refitY] = applyAffine(best.affine, PROJECTIONS[PROJECTION](place));
      expect(Math.hypot(committedX - refitX, committedY - refitY)).toBeLessThan(1e-6);
    }
    expect(best.rms).toBeLessThan(7);
    expect(best.inside).toBeGreaterThan(0.95);
  });
});
