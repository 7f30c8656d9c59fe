import { describe, expect, it } from 'vitest';
import { communeByCode, departementOfPostalCode, nameMatchesCommune, resolveCommune } from '../../../src/lib/geo/communes.ts';

describe('resolveCommune', () => {
  // Names as published in the seed documents' postal lines.
  it.each([
    ['PARENTIS EN B. Cedex', '40', '40217', 'Parentis-en-Born'],
    ['VILLENEUVE/LOT Cedex', '47', '47323', 'Villeneuve-sur-Lot'],
    ['ST PAUL LES DAX', '40', '40279', 'Saint-Paul-lès-Dax'],
    ['OLORON-STE-MARIE', '64', '64422', 'Oloron-Sainte-Marie'],
    ['AGEN Cedex 9', '47', '47001', 'Agen'],
    ['SARLAT LA CANEDA', '24', '24520', 'Sarlat-la-Canéda'],
  ])('finds « %s » (%s)', (written, departement, code, nom) => {
    const { commune } = resolveCommune(written, departement);
    expect(commune).toMatchObject({ code, nom, departement });
  });

  it('suggests the communes whose name begins with what was written first', () => {
    const found = resolveCommune('TERRASSON', '24');
    expect(found.commune).toBeUndefined();
    expect('suggestions' in found && found.suggestions.map((c) => c.code)[0]).toBe('24547');
    expect('suggestions' in found && found.suggestions).toHaveLength(3);
  });

  it('does not find a commune of another département', () => {
    const found = resolveCommune('Bergerac', '33');
    expect(found.commune).toBeUndefined();
    expect('suggestions' in found && found.suggestions.map((c) => c.departement)).toEqual(['33', '33', '33']);
    expect(resolveCommune('Bergerac', '24').commune?.code).toBe('24037');
  });
});

describe('communeByCode', () => {
  it('gives the current commune and its postal codes', () => {
    expect(communeByCode('47001')).toMatchObject({ nom: 'Agen', departement: '47', codesPostaux: ['47000'] });
    expect(communeByCode('2A004')).toMatchObject({ nom: 'Ajaccio', departement: '2A' });
  });

  it('knows no code that is not a commune', () => {
    expect(communeByCode('99999')).toBeUndefined();
  });
});

describe('nameMatchesCommune', () => {
  it('accepts the name as a postal line prints it, and refuses another commune', () => {
    const agen = communeByCode('47001')!;
    expect(nameMatchesCommune('AGEN Cedex 9', agen)).toBe(true);
    expect(nameMatchesCommune('Agen', agen)).toBe(true);
    expect(nameMatchesCommune('VILLENEUVE/LOT', agen)).toBe(false);
  });
});

describe('departementOfPostalCode', () => {
  it.each([
    ['33405', ['33']],
    ['20000', ['2A', '2B']],
    ['97411', ['974']],
    ['05110', ['05']],
  ])('%s belongs to %j', (codePostal, departements) => {
    expect(departementOfPostalCode(codePostal)).toEqual(departements);
  });
});
