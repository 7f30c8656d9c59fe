import { describe, expect, it } from 'vitest';
import { useTranslations, type T } from '../../../src/i18n/dictionaries.ts';
import { createTranslator } from '../../../src/i18n/translate.ts';
import { academieCity, academieInSentence, academiesPhrase } from '../../../src/lib/format/academie-names.ts';

const t = useTranslations('fr');

describe('texts built from the académies’ names', () => {
  it('keeps the city of an académie’s name', () => {
    expect(academieCity('Académie de Bordeaux')).toBe('Bordeaux');
    expect(academieCity('Académie d’Aix-Marseille')).toBe('Aix-Marseille');
  });

  it('writes an académie’s name as it reads inside a sentence', () => {
    expect(academieInSentence('Académie de Bordeaux')).toBe('académie de Bordeaux');
    expect(academieInSentence('Académie d’Aix-Marseille')).toBe('académie d’Aix-Marseille');
  });

  it('names one académie or several, with the article the sentence needs', () => {
    const ours = ['Académie de Bordeaux', 'Académie de Limoges', 'Académie de Poitiers'];
    expect(academiesPhrase(t, ours)).toBe('les académies de Bordeaux, Limoges et Poitiers');
    expect(academiesPhrase(t, ours, 'de')).toBe('des académies de Bordeaux, Limoges et Poitiers');
    expect(academiesPhrase(t, ['Académie de Rouen'])).toBe('l’académie de Rouen');
    expect(academiesPhrase(t, ['Académie d’Amiens'], 'de')).toBe('de l’académie d’Amiens');
    expect(academiesPhrase(t, ['Académie de Bordeaux', 'Académie de Limoges'])).toBe('les académies de Bordeaux et Limoges');
  });

  it('leaves the articles and the joining of the list to the language', () => {
    const en = createTranslator(
      {
        'academieNames.the_one': 'the académie of {cities}',
        'academieNames.the_other': 'the académies of {cities}',
        'academieNames.of_one': 'of the académie of {cities}',
        'academieNames.of_other': 'of the académies of {cities}',
      },
      'en',
    ) as unknown as T;
    const ours = ['Académie de Bordeaux', 'Académie de Limoges', 'Académie de Poitiers'];
    expect(academiesPhrase(en, ours)).toBe('the académies of Bordeaux, Limoges, and Poitiers');
    expect(academiesPhrase(en, ['Académie d’Amiens'], 'de')).toBe('of the académie of Amiens');
  });
});
