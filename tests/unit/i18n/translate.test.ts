import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/dictionaries.ts';
import { frenchPathOf, pathIn } from '../../../src/i18n/routes.ts';
import { createTranslator, pickMessages } from '../../../src/i18n/translate.ts';

const messages = {
  hello: 'Bonjour {name}',
  places_one: '{count} lieu',
  places_other: '{count} lieux',
  credit: 'Voir [[nos sources]] ici.',
  'distance.m': 'à {m} m',
  'distance.km': 'à {km} km',
};
const t = createTranslator(messages, 'fr-FR');

describe('the translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('hello', { name: 'Léa' })).toBe('Bonjour Léa');
    expect(t('hello')).toBe('Bonjour {name}');
  });

  it('chooses the plural form from the count, French style (0 and 1 are singular)', () => {
    expect([0, 1, 2, 1234].map((count) => t('places', { count }))).toEqual(['0 lieu', '1 lieu', '2 lieux', '1\u202f234 lieux']);
  });

  it('splits a sentence around its one element', () => {
    expect(t.rich('credit')).toEqual(['Voir ', 'nos sources', ' ici.']);
    expect(t('credit')).toBe('Voir nos sources ici.');
  });

  it('refuses a key no dictionary holds', () => {
    expect(() => t('nope' as 'hello')).toThrow(/« nope »/);
  });

  it('writes dates and distances as the language does', () => {
    expect(t.date(new Date('2021-02-01'))).toBe('1er février 2021');
    expect(t.date(new Date('2020-01-14'))).toBe('14 janvier 2020');
    expect([0.02, 0.999, 4.23, 12.4].map(t.distance)).toEqual(['à 100 m', 'à 1,0 km', 'à 4,2 km', 'à 12 km']);
    expect(createTranslator(messages, 'en-GB').distance(4.23)).toBe('à 4.2 km');
  });

  it('gives a browser script only the messages it asks for, plural forms included', () => {
    expect(Object.keys(pickMessages(messages, ['places', 'hello']))).toEqual(['hello', 'places_one', 'places_other']);
  });
});

describe('the page language', () => {
  it('comes from the path, French by default', () => {
    expect(frenchPathOf('/carte/')).toEqual({ lang: 'fr', path: '/carte/' });
    expect(frenchPathOf('/en/carte/')).toEqual({ lang: 'en', path: '/carte/' });
    expect(frenchPathOf('/ar/')).toEqual({ lang: 'ar', path: '/' });
    expect(frenchPathOf('/fr/carte/')).toEqual({ lang: 'fr', path: '/fr/carte/' });
    expect(frenchPathOf('/xx/carte/')).toEqual({ lang: 'fr', path: '/xx/carte/' });
  });

  it('links a translated page to the translations of the pages that have one, to the French page otherwise', () => {
    expect(pathIn('uk', '/carte/')).toBe('/uk/carte/');
    expect(pathIn('uk', '/dispositifs/micro-lycee-agen/')).toBe('/uk/dispositifs/micro-lycee-agen/');
    expect(pathIn('uk', '/quelle-solution/16-ans/')).toBe('/uk/quelle-solution/16-ans/');
    expect(pathIn('uk', '/fiches/gpds/')).toBe('/fiches/gpds/');
    expect(pathIn('uk', '/departements/33/')).toBe('/departements/33/');
    expect(pathIn('fr', '/carte/')).toBe('/carte/');
  });

  it('gives French pages the French dictionary', () => {
    expect(useTranslations('fr')('breadcrumb.home')).toBe('Accueil');
  });
});
