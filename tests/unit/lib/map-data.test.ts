import { describe, expect, it } from 'vitest';
import { decodePlaces, encodePlaces, type MapPlace } from '../../../src/lib/solutions-map/places.ts';

const places: MapPlace[] = [
  {
    id: 'paps-marmande',
    type: 'paps',
    nom: 'PAPS de Marmande',
    commune: '47157',
    departement: '47',
    academie: 'bordeaux',
    lat: 44.500381234,
    lon: 0.165016789,
    precision: 'exacte',
    telephone: '05 53 74 49 00',
    tel: 'tel:+33553744900',
  },
  {
    id: 'micro-lycee-begles',
    type: 'micro-lycee',
    nom: 'Micro-lycée de Bègles',
    commune: '33039',
    departement: '33',
    academie: 'bordeaux',
    lat: 44.80812,
    lon: -0.547499,
    precision: 'commune',
  },
];

describe('encodePlaces and decodePlaces', () => {
  it('give back every place, positions rounded to 5 decimals', () => {
    expect(decodePlaces(encodePlaces(places))).toEqual([
      { ...places[0], lat: 44.50038, lon: 0.16502 },
      { ...places[1], lat: 44.80812, lon: -0.5475 },
    ]);
  });

  it('give back an unknown telephone as undefined, also through JSON', () => {
    expect(decodePlaces(encodePlaces(places))[1]!.telephone).toBeUndefined();
    const [, begles] = decodePlaces(JSON.parse(JSON.stringify(encodePlaces(places))));
    expect(begles!.telephone).toBeUndefined();
    expect(begles!.nom).toBe('Micro-lycée de Bègles');
  });

  it('survive JSON, as the map page receives them', () => {
    const encoded = encodePlaces(places);
    expect(decodePlaces(JSON.parse(JSON.stringify(encoded)))).toEqual(decodePlaces(encoded));
  });

  it('give nothing for nothing', () => {
    expect(decodePlaces(encodePlaces([]))).toEqual([]);
  });
});

describe('encodePlaces', () => {
  it('sends rows of values and the names of the fields once', () => {
    const encoded = encodePlaces(places);
    expect(encoded).toEqual({
      v: 1,
      fields: ['id', 'type', 'nom', 'commune', 'departement', 'academie', 'lat', 'lon', 'precision', 'telephone', 'tel'],
      rows: [
        [
          'paps-marmande',
          'paps',
          'PAPS de Marmande',
          '47157',
          '47',
          'bordeaux',
          44.50038,
          0.16502,
          'exacte',
          '05 53 74 49 00',
          'tel:+33553744900',
        ],
        ['micro-lycee-begles', 'micro-lycee', 'Micro-lycée de Bègles', '33039', '33', 'bordeaux', 44.80812, -0.5475, 'commune', null, null],
      ],
    });
    const json = JSON.stringify(encoded);
    // The only keys are the envelope's: no row repeats the names of the fields.
    expect(json.match(/"\w+":/g)).toEqual(['"v":', '"fields":', '"rows":']);
    expect(json.split('"telephone"')).toHaveLength(2);
  });
});
