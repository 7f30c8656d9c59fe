/**
 * The places the map page shows, as one compact JSON file built with the site
 * (rows of values, not objects: the names of the fields are sent once).
 */
import { roundCoordinate } from '../geo/coordinates.ts';
import type { Precision } from '../geo/positions.ts';

export interface MapPlace {
  id: string;
  type: string;
  nom: string;
  commune: string;
  departement: string;
  academie: string;
  lat: number;
  lon: number;
  precision: Precision;
  /** « 05 53 74 49 00 », when known. */
  telephone?: string | undefined;
  /** Its link, `tel:+33553744900` (src/lib/format/phone.ts): the browser does not rebuild it. */
  tel?: string | undefined;
}

const FIELDS = ['id', 'type', 'nom', 'commune', 'departement', 'academie', 'lat', 'lon', 'precision', 'telephone', 'tel'] as const;
type Row = (string | number | null)[];

export interface CompactPlaces {
  v: 1;
  fields: typeof FIELDS;
  rows: Row[];
}

export function encodePlaces(places: readonly MapPlace[]): CompactPlaces {
  return {
    v: 1,
    fields: FIELDS,
    rows: places.map((p) => FIELDS.map((field) => (field === 'lat' || field === 'lon' ? roundCoordinate(p[field]) : (p[field] ?? null)))),
  };
}

export function decodePlaces({ fields, rows }: CompactPlaces): MapPlace[] {
  // A plain loop: this runs on 10,000 rows before the first marker.
  const places: MapPlace[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const place: Record<string, unknown> = {};
    for (let f = 0; f < fields.length; f++) if (row[f] !== null && row[f] !== undefined) place[fields[f]!] = row[f];
    places[r] = place as unknown as MapPlace;
  }
  return places;
}
