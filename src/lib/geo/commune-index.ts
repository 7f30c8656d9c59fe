/**
 * The commune search of the map page: an index built at build time (every
 * commune of the académies' départements) and the search that runs on it in the
 * browser. Columns of joined strings and delta-coded integers keep it small.
 */
import { distanceKm, type LatLon } from './distance.ts';
import { normalizeName } from '../format/text.ts';

export interface CommuneEntry extends LatLon {
  code: string;
  nom: string;
  /** Its département's code, « 47 », « 2A »: the map page tells where nothing is published yet. */
  departement: string;
  codesPostaux: string[];
  population?: number | undefined;
}

/** What is sent: one string or number list per column, rows sorted by INSEE code. */
export interface CompactCommuneIndex {
  v: 1;
  noms: string;
  /**
   * INSEE codes read in base 36 (« 2A004 » included), each the difference from the
   * previous row: sorted codes of fixed length keep their order in base 36.
   */
  codes: number[];
  /** Postal codes of each commune, « 47200 » or « 33000,33100 ». */
  cp: string;
  /** The département of the rows, as runs: `[["16", 364], ["17", 463]…]` (sorted rows keep a département's communes together). */
  departements: [string, number][];
  /** Latitudes and longitudes in thousandths of a degree (about 100 m), each the difference from the previous row. */
  lat: number[];
  lon: number[];
  /** round(log2(population + 1)): enough to put the main commune of a postal code first, for a few bytes. */
  taille: number[];
}

const deltas = (values: number[]) => values.map((v, i) => v - (i > 0 ? values[i - 1]! : 0));
const undeltas = (values: number[]) => values.reduce<number[]>((out, v, i) => (out.push(v + (i > 0 ? out[i - 1]! : 0)), out), []);

function runs(values: readonly string[]): [string, number][] {
  const out: [string, number][] = [];
  for (const value of values) {
    const last = out.at(-1);
    if (last?.[0] === value) last[1]++;
    else out.push([value, 1]);
  }
  return out;
}

export function encodeCommuneIndex(communes: readonly CommuneEntry[]): CompactCommuneIndex {
  const rows = [...communes].sort((a, b) => (a.code < b.code ? -1 : 1));
  return {
    v: 1,
    noms: rows.map((c) => c.nom).join('|'),
    codes: deltas(rows.map((c) => parseInt(c.code, 36))),
    cp: rows.map((c) => c.codesPostaux.join(',')).join('|'),
    departements: runs(rows.map((c) => c.departement)),
    lat: deltas(rows.map((c) => Math.round(c.lat * 1000))),
    lon: deltas(rows.map((c) => Math.round(c.lon * 1000))),
    taille: rows.map((c) => Math.round(Math.log2((c.population ?? 0) + 1))),
  };
}

export interface SearchableCommune extends CommuneEntry {
  /** The normalised name, computed once. */
  key: string;
  taille: number;
}

export function decodeCommuneIndex(index: CompactCommuneIndex): SearchableCommune[] {
  const noms = index.noms.split('|');
  const codes = undeltas(index.codes).map((n) => n.toString(36).toUpperCase().padStart(5, '0'));
  const cp = index.cp.split('|');
  const lat = undeltas(index.lat);
  const lon = undeltas(index.lon);
  const departements = index.departements.flatMap(([code, count]) => Array<string>(count).fill(code));
  return noms.map((nom, i) => ({
    nom,
    key: normalizeName(nom),
    code: codes[i]!,
    departement: departements[i]!,
    codesPostaux: cp[i]!.split(','),
    lat: lat[i]! / 1000,
    lon: lon[i]! / 1000,
    taille: index.taille[i]!,
  }));
}

/**
 * Communes matching what was typed: a postal code (or its beginning) lists every
 * commune it serves, the most populous first (« 47200 »: Marmande); a name matches
 * at its start first, then at the start of any of its words (« andre » finds
 * Saint-André-de-Cubzac). Accents, case, hyphens and « St »/« Saint » do not matter.
 */
export function searchCommunes(communes: readonly SearchableCommune[], query: string, limit = 8): SearchableCommune[] {
  const typed = query.trim();
  if (/^\d{2,5}$/.test(typed)) {
    // Sort by the postal code that matched what was typed, not by a commune's first one.
    const matching = (c: SearchableCommune) => c.codesPostaux.find((code) => code.startsWith(typed))!;
    return communes
      .filter((c) => c.codesPostaux.some((code) => code.startsWith(typed)))
      .sort((a, b) => matching(a).localeCompare(matching(b)) || b.taille - a.taille || a.key.localeCompare(b.key))
      .slice(0, typed.length === 5 ? Infinity : limit);
  }
  const key = normalizeName(typed);
  if (key.length < 2) return [];
  const rank = (c: SearchableCommune) => (c.key === key ? 0 : c.key.startsWith(key) ? 1 : ` ${c.key}`.includes(` ${key}`) ? 2 : 3);
  return communes
    .map((c) => ({ c, rank: rank(c) }))
    .filter(({ rank }) => rank < 3)
    .sort((a, b) => a.rank - b.rank || b.c.taille - a.c.taille || a.c.key.localeCompare(b.c.key))
    .slice(0, limit)
    .map(({ c }) => c);
}

/** The commune whose centre is nearest a point, and how far it is: where a visitor's position most likely is. */
export function nearestCommune<C extends LatLon>(communes: readonly C[], point: LatLon): { commune: C; distance: number } | undefined {
  let nearest: { commune: C; distance: number } | undefined;
  for (const commune of communes) {
    const distance = distanceKm(point, commune);
    if (!nearest || distance < nearest.distance) nearest = { commune, distance };
  }
  return nearest;
}
