/**
 * The open data files of /donnees/: one flat row per place, with the field names
 * of data·inclusion and of the « lieux de médiation numérique » standard where
 * they fit (https://www.data.inclusion.beta.gouv.fr/, schema.data.gouv.fr), so
 * that the same tools read them. Pure: pages pass plain values in.
 */
import { stringify } from 'csv-stringify/sync';

/** A dispositif as the data files publish it; `null` where the content says nothing. */
export interface PlaceRow {
  id: string;
  nom: string;
  /** Kind of dispositif, an id of src/lib/dispositif-types.ts. */
  type: string;
  adresse: string | null;
  code_postal: string | null;
  code_insee: string | null;
  commune: string | null;
  latitude: number | null;
  longitude: number | null;
  /** True when the position is the commune's centre (or coarser), not the building. */
  position_approximative: boolean | null;
  /** International form, +33553744900, as the « lieux de médiation numérique » standard writes it. */
  telephone: string | null;
  courriel: string | null;
  site_web: string | null;
  uai: string | null;
  departement: string | null;
  academie: string | null;
  /** YYYY-MM-DD. */
  date_maj: string;
  /** The document the facts come from (its address, or its title when it is not online). */
  source: string;
  /** The dispositif's page on this site. */
  lien_source: string;
}

/** The order of the columns, in the CSV and in the field table. */
export const PLACE_FIELDS = [
  ['id', 'Identifiant stable du dispositif sur ce site'],
  ['nom', 'Nom du dispositif'],
  ['type', 'Nature du dispositif (micro-lycée, PAPS, MLDS…)'],
  ['adresse', 'Lignes d’adresse avant le code postal, séparées par une virgule'],
  ['code_postal', 'Code postal tel que publié (peut être un code CEDEX)'],
  ['code_insee', 'Code officiel géographique (Insee) de la commune'],
  ['commune', 'Nom officiel de la commune'],
  ['latitude', 'Latitude en degrés décimaux (WGS 84)'],
  ['longitude', 'Longitude en degrés décimaux (WGS 84)'],
  ['position_approximative', '« true » quand la position est le centre de la commune et non le bâtiment'],
  ['telephone', 'Téléphone au format international'],
  ['courriel', 'Adresse électronique de l’établissement'],
  ['site_web', 'Site de l’établissement'],
  ['uai', 'Numéro UAI de l’établissement (annuaire de l’éducation)'],
  ['departement', 'Code du département'],
  ['academie', 'Académie'],
  ['date_maj', 'Date de l’information (AAAA-MM-JJ)'],
  ['source', 'Document d’où viennent les informations'],
  ['lien_source', 'Page du dispositif sur ce site'],
] as const satisfies readonly (readonly [keyof PlaceRow, string])[];

export const PLACE_COLUMNS: (keyof PlaceRow)[] = PLACE_FIELDS.map(([name]) => name);

/** The first value of a field that is not empty, as the field table's example. */
export function exampleOf<T extends object>(rows: readonly T[], field: keyof T): string {
  const value = rows.map((row) => row[field]).find((v) => v !== null && v !== undefined && v !== '');
  return value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
}

/** RFC 7946: one Point feature per row that has a position, longitude first. */
export function toGeoJson(rows: readonly PlaceRow[]) {
  return {
    type: 'FeatureCollection' as const,
    features: rows
      .filter((row) => row.latitude !== null && row.longitude !== null)
      .map(({ latitude, longitude, ...properties }) => ({
        type: 'Feature' as const,
        id: properties.id,
        geometry: { type: 'Point' as const, coordinates: [longitude!, latitude!] },
        properties,
      })),
  };
}

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP « CSV
 * Injection »: `=`, `+`, `-`, `@`, tab, carriage return, line feed), with their
 * full-width forms, which Apple Numbers folds into the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A text that no spreadsheet runs: a single quote before a dangerous first
 * character, as OWASP advises. The phone's `+33…` gets it too: a spreadsheet
 * would otherwise turn `+33553744900` into the number 33553744900 (and a
 * national `0553744900` into 553744900), so `'+33553744900` is both the safe and
 * the readable form; programs read the exact value in the JSON.
 */
export function neutralisedText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A value as a CSV cell: numbers and booleans as they are (a negative longitude
 * is a number, not a formula), nothing as an empty cell, lists joined, and text
 * neutralised.
 */
export function csvCell(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return neutralisedText(Array.isArray(value) ? value.join(' | ') : String(value));
}

/**
 * The rows as CSV, `columns` in that order: UTF-8, comma-separated, CRLF line
 * ends (RFC 4180), written by csv-stringify. Every text cell is quoted, not only those holding a comma: a
 * spreadsheet set to another separator (`;` in French) would otherwise split a
 * cell at it and start a new cell with whatever follows (OWASP's warning about
 * separators). Numbers and booleans stay bare, so that they are read as such.
 */
export function toCsv<Row extends object>(rows: readonly Row[], columns: readonly (keyof Row & string)[]): string {
  const records = rows.map((row) => columns.map((column) => csvCell(row[column])));
  return stringify(records, {
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    quoted_string: true,
    quoted_empty: false,
    // csv-stringify writes booleans as 1 and nothing by default.
    cast: { boolean: (value) => String(value) },
  });
}
