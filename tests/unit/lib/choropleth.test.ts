import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/dictionaries.ts';
import { SHADE_CLASSES, classLabel, contrastRatio, shadeOf } from '../../../src/lib/svg-map/choropleth.ts';

const t = useTranslations('fr');

describe('shades of the départements map', () => {
  it('go from light to dark, the darkest at least 3:1 against white', () => {
    const againstWhite = SHADE_CLASSES.map((c) => contrastRatio(c.fill, '#ffffff'));
    expect(againstWhite).toEqual([...againstWhite].sort((a, b) => a - b));
    expect(againstWhite.at(-1)).toBeGreaterThanOrEqual(3);
  });

  it('keep borders at 3:1 and written counts at 4.5:1 against their fill (RGAA 3.2, 3.3)', () => {
    for (const c of SHADE_CLASSES) {
      expect(contrastRatio(c.fill, c.border), c.fill).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c.fill, c.text), c.fill).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('put every count in one class, and say it in the legend', () => {
    expect([0, 1, 4, 5, 9, 10, 19, 20, 300].map((n) => classLabel(t, shadeOf(n)))).toEqual([
      'Aucune solution recensée',
      'De 1 à 4 solutions',
      'De 1 à 4 solutions',
      'De 5 à 9 solutions',
      'De 5 à 9 solutions',
      'De 10 à 19 solutions',
      'De 10 à 19 solutions',
      '20 solutions ou plus',
      '20 solutions ou plus',
    ]);
  });

  it('measure contrast as WCAG does', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('a class of one count', () => {
  it('puts 0 and 1 in the singular', () => {
    expect([0, 1, 2, 29].map((n) => classLabel(t, { min: n, max: n, fill: '', border: '', text: '' }))).toEqual([
      'Aucune solution recensée',
      '1 solution',
      '2 solutions',
      '29 solutions',
    ]);
    expect(classLabel(t, { min: 1, fill: '', border: '', text: '' })).toBe('1 solution ou plus');
  });
});
