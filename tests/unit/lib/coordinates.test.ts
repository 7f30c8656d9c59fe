import { describe, expect, it } from 'vitest';
import { rad, roundCoordinate } from '../../../src/lib/geo/coordinates.ts';

describe('rad', () => {
  it('turns degrees into radians', () => {
    expect(rad(180)).toBe(Math.PI);
    expect(rad(90)).toBe(Math.PI / 2);
    expect(rad(0)).toBe(0);
  });
});

describe('roundCoordinate', () => {
  it('keeps five decimals, about a metre', () => {
    expect(roundCoordinate(44.500381234)).toBe(44.50038);
    expect(roundCoordinate(0.165016789)).toBe(0.16502);
    expect(roundCoordinate(-0.547499)).toBe(-0.5475);
  });

  it('leaves a shorter number as it is', () => {
    expect(roundCoordinate(44.8)).toBe(44.8);
    expect(String(roundCoordinate(-1))).toBe('-1');
  });
});
