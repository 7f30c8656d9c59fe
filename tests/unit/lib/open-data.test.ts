import { describe, expect, it } from 'vitest';
import { csvCell, exampleOf, internationalPhone, isoDay, PLACE_COLUMNS, toGeoJson, type PlaceRow } from '../../../src/lib/open-data.ts';

const row = (over: Partial<PlaceRow>): PlaceRow => ({
  ...(Object.fromEntries(PLACE_COLUMNS.map((c) => [c, null])) as unknown as PlaceRow),
  id: 'micro-lycee-agen',
  nom: 'Micro-lycée d’Agen',
  type: 'micro-lycee',
  date_maj: '2020-01-14',
  source: 'Document',
  lien_source: 'https://exemple.fr/dispositifs/micro-lycee-agen/',
  ...over,
});

describe('open data rows', () => {
  it('write phone numbers in the international form', () => {
    expect(internationalPhone('0553744900')).toBe('+33553744900');
    expect(internationalPhone(undefined)).toBeNull();
  });

  it('write dates as YYYY-MM-DD', () => {
    expect(isoDay(new Date('2020-01-14T00:00:00Z'))).toBe('2020-01-14');
  });

  it('use the field names of data·inclusion where they fit', () => {
    for (const name of [
      'id',
      'nom',
      'adresse',
      'code_postal',
      'code_insee',
      'commune',
      'latitude',
      'longitude',
      'telephone',
      'courriel',
      'site_web',
      'date_maj',
      'source',
    ]) {
      expect(PLACE_COLUMNS).toContain(name);
    }
  });

  it('take the first value that is there as an example', () => {
    expect(exampleOf([row({}), row({ uai: '0240013U' })], 'uai')).toBe('0240013U');
    expect(exampleOf([row({})], 'courriel')).toBe('');
  });

  it('turn nothing into an empty CSV cell and booleans into words', () => {
    expect([null, undefined, true, false, 44.2, 'a,b'].map(csvCell)).toEqual(['', '', 'true', 'false', '44.2', 'a,b']);
  });
});

describe('GeoJSON', () => {
  it('has one point per placed row, longitude first (RFC 7946)', () => {
    const geojson = toGeoJson([row({ latitude: 44.2, longitude: 0.62 }), row({ id: 'sans-lieu' })]);
    expect(geojson.features).toHaveLength(1);
    expect(geojson.features[0]).toMatchObject({ id: 'micro-lycee-agen', geometry: { type: 'Point', coordinates: [0.62, 44.2] } });
    expect(geojson.features[0]!.properties).not.toHaveProperty('latitude');
  });
});
