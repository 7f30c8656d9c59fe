/**
 * The French administrative map, from `@etalab/decoupage-administratif`
 * (INSEE's Code officiel géographique): communes and départements are looked up
 * here, never typed by hand, so that a code in a content file is checked, not trusted.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { levenshtein, normalizeName } from '../format/text.ts';

export interface Commune {
  /** INSEE code, « 40217 ». */
  code: string;
  nom: string;
  departement: string;
  codesPostaux: string[];
  population?: number;
}

export interface Departement {
  code: string;
  nom: string;
  region: string;
  /** INSEE code of its chef-lieu, the commune of its préfecture. */
  chefLieu: string;
}

const require = createRequire(import.meta.url);
function loadJson<T>(name: string): T {
  const path = require.resolve(`@etalab/decoupage-administratif/data/${name}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

let communesByCode: Map<string, Commune> | undefined;
let communesByDepartement: Map<string, Commune[]> | undefined;
let departementsByCode: Map<string, Departement> | undefined;

function communes(): Map<string, Commune> {
  if (!communesByCode) {
    const all = loadJson<(Commune & { type: string })[]>('communes');
    communesByCode = new Map();
    communesByDepartement = new Map();
    for (const { code, nom, departement, codesPostaux = [], population, type } of all) {
      // Only current communes: delegated or associated ones share codes with their parent.
      if (type !== 'commune-actuelle') continue;
      const commune: Commune = { code, nom, departement, codesPostaux, ...(population ? { population } : {}) };
      communesByCode.set(code, commune);
      const list = communesByDepartement.get(departement) ?? [];
      list.push(commune);
      communesByDepartement.set(departement, list);
    }
  }
  return communesByCode;
}

/** Every current commune of France. */
export function allCommunes(): Iterable<Commune> {
  return communes().values();
}

export function communeByCode(code: string): Commune | undefined {
  return communes().get(code);
}

export function communesOfDepartement(departement: string): readonly Commune[] {
  communes();
  return communesByDepartement!.get(departement) ?? [];
}

export function departementByCode(code: string): Departement | undefined {
  departementsByCode ??= new Map(loadJson<Departement[]>('departements').map((d) => [d.code, d]));
  return departementsByCode.get(code);
}

/** « PARENTIS EN B. Cedex » → « parentis en b »: the words of a name as a postal line prints it. */
function nameTokens(name: string): string[] {
  const words = normalizeName(name.replace(/\//g, ' sur ')).split(' ');
  const cedex = words.indexOf('cedex');
  return cedex === -1 ? words : words.slice(0, cedex);
}

/** True when each word of the written name is the official word or its abbreviation (« B. » for « Born »). */
function abbreviates(written: string[], official: string[]): boolean {
  return written.length === official.length && written.every((word, i) => official[i]!.startsWith(word));
}

export type CommuneResolution = { commune: Commune } | { commune?: undefined; suggestions: Commune[] };

/**
 * Finds a commune of a département by the name an editor wrote: accents, case,
 * hyphens, « St »/« Saint », a trailing « Cedex » and abbreviated words do not matter.
 * When nothing or several match, returns the closest names instead.
 */
export function resolveCommune(name: string, departement: string): CommuneResolution {
  const candidates = communesOfDepartement(departement);
  const written = nameTokens(name);
  const key = written.join(' ');
  const exact = candidates.filter((c) => normalizeName(c.nom) === key);
  if (exact.length === 1) return { commune: exact[0]! };
  const abbreviated = candidates.filter((c) => abbreviates(written, normalizeName(c.nom).split(' ')));
  if (abbreviated.length === 1) return { commune: abbreviated[0]! };
  // Names that begin with what was written come first (« TERRASSON » → Terrasson-Lavilledieu).
  const score = (official: string) => (official.startsWith(key) ? 0 : 1000) + levenshtein(key, official);
  const ranked = (abbreviated.length > 1 ? abbreviated : candidates)
    .map((c) => ({ c, distance: score(normalizeName(c.nom)) }))
    .sort((a, b) => a.distance - b.distance || (b.c.population ?? 0) - (a.c.population ?? 0));
  return { suggestions: ranked.slice(0, 3).map(({ c }) => c) };
}

/**
 * True when the written name can stand for the commune given by its code: the
 * official name, abbreviated, or cut short as postal lines print it
 * (« TERRASSON » for Terrasson-Lavilledieu). The code, not the name, decides.
 */
export function nameMatchesCommune(name: string, commune: Commune): boolean {
  const written = nameTokens(name);
  const official = normalizeName(commune.nom).split(' ');
  return written.length <= official.length && abbreviates(written, official.slice(0, written.length));
}

/** The département a postal code belongs to: its first two digits (three overseas, « 20 » for Corsica). */
export function departementOfPostalCode(codePostal: string): string[] {
  if (codePostal.startsWith('97')) return [codePostal.slice(0, 3)];
  if (codePostal.startsWith('20')) return ['2A', '2B'];
  return [codePostal.slice(0, 2)];
}
