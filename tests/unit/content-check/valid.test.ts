import { describe, expect, it } from 'vitest';
import { checkFixture, parsedOf } from './check-fixture.ts';

describe('a valid minimal site', () => {
  const { entries, ids, problems } = checkFixture('valid');

  it('has no problem and every entry passes', () => {
    expect(problems).toEqual([]);
    expect(ids.sort()).toEqual([
      'academies/exemple',
      'dispositifs/paps-lycee-exemple',
      'etablissements/lycee-exemple',
      'fiches/mlds-paps',
      'glossaire/PAPS',
      'sources/guide-exemple',
    ]);
  });

  it('resolves the établissement’s commune and parses its phone', () => {
    const etablissement = parsedOf(entries, 'etablissements', 'lycee-exemple');
    expect(etablissement).toMatchObject({
      commune: 'Périgueux',
      code_insee: '24322',
      departement: '24',
      code_postal: '24000',
      ligne_postale: '24000 PERIGUEUX',
      adresse: ['1 rue de l’Exemple'],
      cedex: false,
      uai: '0240001W',
      telephone: { display: '05 53 00 00 00', href: 'tel:+33553000000', written: '05 53 00 00 00' },
    });
    expect(etablissement['date_maj']).toEqual(new Date('2020-01-14T00:00:00Z'));
  });

  it('turns references into { collection, id }', () => {
    const dispositif = parsedOf(entries, 'dispositifs', 'paps-lycee-exemple');
    expect(dispositif['etablissement']).toEqual({ collection: 'etablissements', id: 'lycee-exemple' });
    expect(dispositif['source']).toEqual({ collection: 'sources', id: 'guide-exemple' });
    expect(dispositif['public']).toEqual({ age_min: 16, age_max: 25, conditions: ['avoir quitté le lycée sans diplôme'] });
  });

  it('reads the départements of an académie as codes', () => {
    expect(parsedOf(entries, 'academies', 'exemple')['departements']).toEqual(['24', '33', '47']);
  });
});
