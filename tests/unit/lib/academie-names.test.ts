import { describe, expect, it } from 'vitest';
import { academieCity, academiesPhrase } from '../../../src/lib/format/academie-names.ts';

describe('texts built from the académies’ names', () => {
  it('keeps the city of an académie’s name', () => {
    expect(academieCity('Académie de Bordeaux')).toBe('Bordeaux');
    expect(academieCity('Académie d’Aix-Marseille')).toBe('Aix-Marseille');
  });

  it('names one académie or several, with the article the sentence needs', () => {
    const ours = ['Académie de Bordeaux', 'Académie de Limoges', 'Académie de Poitiers'];
    expect(academiesPhrase(ours)).toBe('les académies de Bordeaux, Limoges et Poitiers');
    expect(academiesPhrase(ours, 'de')).toBe('des académies de Bordeaux, Limoges et Poitiers');
    expect(academiesPhrase(['Académie de Rouen'])).toBe('l’académie de Rouen');
    expect(academiesPhrase(['Académie d’Amiens'], 'de')).toBe('de l’académie d’Amiens');
  });
});
