import { describe, expect, it } from 'vitest';
import { centroid, distanceKm, firstOfEach, rankByDistance } from '../../../src/lib/geo/distance.ts';
import { useTranslations } from '../../../src/i18n/dictionaries.ts';

const t = useTranslations('fr');

const bordeaux = { lat: 44.8378, lon: -0.5792 };
const marmande = { lat: 44.5004, lon: 0.165 };
const agen = { lat: 44.2033, lon: 0.6163 };

describe('distanceKm', () => {
  it('gives the distance as the crow flies between Bordeaux and Marmande (about 69 km)', () => {
    const km = distanceKm(bordeaux, marmande);
    expect(km).toBeGreaterThan(68);
    expect(km).toBeLessThan(71);
  });

  it('is the same both ways', () => {
    expect(distanceKm(bordeaux, marmande)).toBe(distanceKm(marmande, bordeaux));
    expect(distanceKm(agen, bordeaux)).toBe(distanceKm(bordeaux, agen));
  });

  it('is zero for the same point', () => {
    expect(distanceKm(bordeaux, bordeaux)).toBe(0);
    expect(distanceKm(bordeaux, { ...bordeaux })).toBe(0);
  });

  it('grows with the distance along a road of towns', () => {
    expect(distanceKm(bordeaux, agen)).toBeGreaterThan(distanceKm(bordeaux, marmande));
  });
});

describe('t.distance', () => {
  it.each([
    [0, 'à 100 m'],
    [0.04, 'à 100 m'],
    [0.8, 'à 800 m'],
    [0.94, 'à 900 m'],
    [1, 'à 1,0 km'],
    [4.2, 'à 4,2 km'],
    [4.25, 'à 4,3 km'],
    [9.94, 'à 9,9 km'],
    // 9.95 rounds to ten tenths, so it is already « 10 km », with no decimal.
    [9.95, 'à 10 km'],
    [10, 'à 10 km'],
    [10.5, 'à 11 km'],
    [12.4, 'à 12 km'],
    [69.79, 'à 70 km'],
  ])('writes %s km as « %s »', (km, text) => {
    expect(t.distance(km)).toBe(text);
  });

  it('never says less than 100 m', () => {
    expect(t.distance(0)).toBe('à 100 m');
    expect(t.distance(0.001)).toBe('à 100 m');
  });

  it('switches to kilometres when the metres round to 1000 (0.999 km)', () => {
    expect(t.distance(0.999)).toBe('à 1,0 km');
  });

  it('writes no decimal once the distance rounds to 10 km (9.97 km)', () => {
    expect(t.distance(9.97)).toBe('à 10 km');
  });
});

describe('rankByDistance', () => {
  const places = [
    { id: 'agen', ...agen },
    { id: 'marmande', ...marmande },
    { id: 'bordeaux', ...bordeaux },
  ];

  it('puts the nearest first and gives each its distance', () => {
    const ranked = rankByDistance(places, { lat: 44.84, lon: -0.58 });
    expect(ranked.map((p) => p.id)).toEqual(['bordeaux', 'marmande', 'agen']);
    expect(ranked[0]!.distance).toBeLessThan(1);
    expect(ranked[1]!.distance).toBeCloseTo(distanceKm({ lat: 44.84, lon: -0.58 }, marmande), 10);
    expect(ranked.map((p) => p.distance)).toEqual([...ranked.map((p) => p.distance)].sort((a, b) => a - b));
  });

  it('keeps the input order of places at the same distance', () => {
    const sameSpot = [
      { id: 'second', ...marmande },
      { id: 'first-of-agen', ...agen },
      { id: 'first', ...marmande },
      { id: 'third', ...marmande },
      { id: 'second-of-agen', ...agen },
    ];
    expect(rankByDistance(sameSpot, marmande).map((p) => p.id)).toEqual(['second', 'first', 'third', 'first-of-agen', 'second-of-agen']);
  });

  it('keeps the other fields and leaves the input untouched', () => {
    const input = [
      { id: 'agen', type: 'paps', ...agen },
      { id: 'bordeaux', type: 'micro-lycee', ...bordeaux },
    ];
    const copy = structuredClone(input);
    const ranked = rankByDistance(input, bordeaux);
    expect(input).toEqual(copy);
    expect(input[0]).not.toHaveProperty('distance');
    expect(ranked[0]).toEqual({ id: 'bordeaux', type: 'micro-lycee', ...bordeaux, distance: 0 });
    expect(ranked[1]).not.toBe(input[0]);
  });

  it('gives nothing for nothing', () => {
    expect(rankByDistance([], bordeaux)).toEqual([]);
  });
});

describe('firstOfEach', () => {
  it('keeps the first item of each kind, in the order the kinds appear', () => {
    const ranked = [
      { id: 'a', type: 'paps' },
      { id: 'b', type: 'micro-lycee' },
      { id: 'c', type: 'paps' },
      { id: 'd', type: 'clept' },
      { id: 'e', type: 'micro-lycee' },
    ];
    const first = firstOfEach(ranked, (item) => item.type);
    expect([...first.keys()]).toEqual(['paps', 'micro-lycee', 'clept']);
    expect([...first.values()].map((item) => item.id)).toEqual(['a', 'b', 'd']);
    expect(first.get('paps')).toBe(ranked[0]);
  });

  it('gives an empty map for an empty list', () => {
    expect(firstOfEach([], () => 'x').size).toBe(0);
  });
});

describe('centroid', () => {
  it('is the mean of the points', () => {
    expect(
      centroid([
        { lat: 44, lon: 0 },
        { lat: 46, lon: 1 },
      ]),
    ).toEqual({ lat: 45, lon: 0.5 });
    const three = centroid([bordeaux, marmande, agen])!;
    expect(three.lat).toBeCloseTo((44.8378 + 44.5004 + 44.2033) / 3, 10);
    expect(three.lon).toBeCloseTo((-0.5792 + 0.165 + 0.6163) / 3, 10);
  });

  it('is the point itself for one point', () => {
    expect(centroid([marmande])).toEqual(marmande);
  });

  it('is undefined for no points', () => {
    expect(centroid([])).toBeUndefined();
  });
});
