import { describe, expect, it } from 'vitest';
import type { LatLon } from '../../../src/lib/geo/distance.ts';
import { describePrecision, positionOfCommune, type PlaceData } from '../../../src/lib/geo/positions.ts';
import { useTranslations } from '../../../src/i18n/dictionaries.ts';

const t = useTranslations('fr');

/**
 * A made-up administrative map (département « 99 », codes 99xxx) small enough to
 * read: each commune is there to exercise one step of the fallback chain.
 */
interface Map99 {
  centres: Record<string, LatLon>;
  postalCodes: Record<string, string[]>;
  epcis: string[][];
  departements: Record<string, string[]>;
}

function placeData({ centres, postalCodes, epcis, departements }: Map99): PlaceData {
  return {
    centres: new Map(Object.entries(centres)),
    postalCodesOf: (code) => postalCodes[code] ?? [],
    communesOfPostalCode: (postalCode) => Object.keys(postalCodes).filter((code) => postalCodes[code]!.includes(postalCode)),
    epciOf: (code) => epcis.find((members) => members.includes(code)) ?? [],
    communesOfDepartement: (departement) => departements[departement] ?? [],
  };
}

const map99: Map99 = {
  centres: {
    '99001': { lat: 45, lon: 1 },
    '99002': { lat: 44, lon: 0 },
    '99003': { lat: 46, lon: 2 },
    '99010': { lat: 43, lon: -1 },
    '99020': { lat: 47, lon: 3 },
  },
  postalCodes: {
    // 99001 has its own centre and shares 99100 with 99002.
    '99001': ['99100'],
    '99002': ['99100', '99200'],
    // No centre; its second postal code is shared with 99002 and 99003, which have one.
    '99005': ['99500', '99200'],
    '99003': ['99200'],
    // No centre, no neighbour by postal code: its EPCI has 99010 and 99020.
    '99006': ['99600'],
    // No centre, no neighbour, an EPCI without centres: only the département is left.
    '99007': ['99700'],
    '99008': ['99800'],
  },
  epcis: [
    ['99001', '99005', '99030'],
    ['99006', '99010', '99020'],
    ['99007', '99008'],
  ],
  departements: {
    '99': ['99001', '99002', '99003', '99005', '99006', '99007', '99008', '99010', '99020'],
    '98': ['98001'],
  },
};
const data = placeData(map99);

describe('positionOfCommune', () => {
  it('places a commune known to the gazetteer at its own centre', () => {
    expect(positionOfCommune('99002', '99', data)).toEqual({ lat: 44, lon: 0, precision: 'commune' });
  });

  it('prefers its own centre to the communes of its postal code', () => {
    expect(positionOfCommune('99001', '99', data)).toEqual({ lat: 45, lon: 1, precision: 'commune' });
  });

  it('falls back to the mean of the communes sharing one of its postal codes', () => {
    expect(positionOfCommune('99005', '99', data)).toEqual({ lat: 45, lon: 1, precision: 'code-postal' });
  });

  it('prefers the communes of its postal code to those of its intercommunalité', () => {
    // Here its EPCI would place it at 99010's centre (43, -1): the postal code still wins.
    const withOtherEpci = placeData({ ...map99, epcis: [['99005', '99010']] });
    expect(positionOfCommune('99005', '99', withOtherEpci)).toEqual({ lat: 45, lon: 1, precision: 'code-postal' });
  });

  it('falls back to the mean of its intercommunalité', () => {
    expect(positionOfCommune('99006', '99', data)).toEqual({ lat: 45, lon: 1, precision: 'intercommunalite' });
  });

  it('prefers its intercommunalité to its département', () => {
    const epciOfOne = placeData({ ...map99, epcis: [['99006', '99020']] });
    expect(positionOfCommune('99006', '99', epciOfOne)).toEqual({ lat: 47, lon: 3, precision: 'intercommunalite' });
  });

  it('falls back to the mean of its département', () => {
    expect(positionOfCommune('99007', '99', data)).toEqual({ lat: 45, lon: 1, precision: 'departement' });
  });

  it('uses the département it is given', () => {
    const twoDepartements = placeData({ ...map99, departements: { '99': ['99002'], '97': ['99003'] } });
    expect(positionOfCommune('99007', '97', twoDepartements)).toEqual({ lat: 46, lon: 2, precision: 'departement' });
  });

  it('gives nothing when even the département has no known centre', () => {
    expect(positionOfCommune('98001', '98', data)).toBeUndefined();
    expect(positionOfCommune('00000', '00', data)).toBeUndefined();
  });
});

describe('describePrecision', () => {
  it('says nothing about an exact address', () => {
    expect(describePrecision(t, 'exacte', 'Marmande')).toBeUndefined();
  });

  it('tells the reader how approximate the point is', () => {
    expect(describePrecision(t, 'commune', 'Marmande')).toMatchInlineSnapshot(
      `"Position approximative : le point est placé au centre de la commune de Marmande, pas à l’adresse exacte."`,
    );
    expect(describePrecision(t, 'code-postal', 'Saint-André-de-Cubzac')).toMatchInlineSnapshot(
      `"Position approximative : le point est placé au centre des communes qui partagent le code postal de Saint-André-de-Cubzac, faute de mieux."`,
    );
    expect(describePrecision(t, 'intercommunalite', 'Beaupuy')).toMatchInlineSnapshot(
      `"Position approximative : le point est placé au centre de l’intercommunalité de Beaupuy, faute de mieux."`,
    );
    expect(describePrecision(t, 'departement', 'Beaupuy')).toMatchInlineSnapshot(
      `"Position très approximative : le point est placé au centre du département, faute de mieux."`,
    );
  });
});
