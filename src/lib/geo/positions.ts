/**
 * Where a commune is, offline. GeoNames' cities500 knows about 14,700 communes'
 * centres; for the others we fall back, in order, to the communes that share a
 * postal code with it, then to its intercommunalité (EPCI), then to its
 * département. Each step says how approximate it is, so pages can tell readers.
 * Pure: the data comes in as arguments (src/lib/geo/gazetteer.ts wires the real data).
 */
import { centroid, type LatLon } from './distance.ts';
import { ofPlace } from '../format/text.ts';
import type { T, UiKey } from '../../i18n/dictionaries.ts';

/** How a position was found, from the most to the least precise. */
export type Precision = 'exacte' | 'commune' | 'code-postal' | 'intercommunalite' | 'departement';

export interface Position extends LatLon {
  precision: Precision;
}

export interface PlaceData {
  /** Commune centres by INSEE code (the gazetteer). */
  centres: ReadonlyMap<string, LatLon>;
  /** The postal codes of a commune (its own, never a CEDEX code). */
  postalCodesOf(code: string): readonly string[];
  /** The communes that a postal code serves. */
  communesOfPostalCode(postalCode: string): readonly string[];
  /** The communes of the commune's intercommunalité, itself included. */
  epciOf(code: string): readonly string[];
  /** The communes of a département. */
  communesOfDepartement(departement: string): readonly string[];
}

function centreOf(codes: readonly string[], data: PlaceData): LatLon | undefined {
  return centroid(codes.flatMap((code) => (data.centres.has(code) ? [data.centres.get(code)!] : [])));
}

/** The best position the data gives for a commune, or undefined when even its département is unknown. */
export function positionOfCommune(code: string, departement: string, data: PlaceData): Position | undefined {
  const own = data.centres.get(code);
  if (own) return { ...own, precision: 'commune' };
  const neighbours = data.postalCodesOf(code).flatMap((postalCode) => data.communesOfPostalCode(postalCode));
  const byPostalCode = centreOf(neighbours, data);
  if (byPostalCode) return { ...byPostalCode, precision: 'code-postal' };
  const byEpci = centreOf(data.epciOf(code), data);
  if (byEpci) return { ...byEpci, precision: 'intercommunalite' };
  const byDepartement = centreOf(data.communesOfDepartement(departement), data);
  return byDepartement && { ...byDepartement, precision: 'departement' };
}

/** The sentence for each approximate precision (src/i18n/fr.ts, region map). */
const PRECISION_MESSAGES = {
  commune: 'map.precision.commune',
  'code-postal': 'map.precision.postalCode',
  intercommunalite: 'map.precision.epci',
  departement: 'map.precision.departement',
} as const satisfies Record<Exclude<Precision, 'exacte'>, UiKey>;

/** What a page says about a position: how approximate its point is; nothing for an exact address. */
export function describePrecision(t: T, precision: Precision, commune: string): string | undefined {
  if (precision === 'exacte') return undefined;
  return t(PRECISION_MESSAGES[precision], { ofCommune: ofPlace(t.locale, commune) });
}
