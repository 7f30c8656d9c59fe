/**
 * Finds the acronyms a text uses, so that the build can insist each one is in
 * the glossary and the pages can expand it for the reader.
 */

/** Two capitals or more, digits allowed (UPE2A), hyphenated parts (IEN-IO), and Psy-EN. */
const ACRONYM = /(?<![\p{L}\d])(?:Psy-EN|[A-ZÀ-Ý][A-ZÀ-Ý0-9]*[A-ZÀ-Ý](?:-[A-ZÀ-Ý]{2,})*)(?![\p{L}\d])/gu;
const URL = /\bhttps?:\/\/\S+/g;

export function findAcronyms(text: string): Set<string> {
  const found = new Set<string>();
  for (const [match] of text.replace(URL, ' ').matchAll(ACRONYM)) found.add(match);
  return found;
}

/** Fields that hold names and addresses as published (« LP », « BP », « CEDEX »), not prose. */
const NOT_PROSE = new Set([
  'nom',
  'adresse',
  'commune',
  'ligne_postale',
  'url',
  'site_web',
  'courriel',
  'fichier',
  'telephone',
  'reference',
]);

/** Every string a reader will see as prose in an entry's raw data. */
export function proseOf(data: unknown, key = ''): string[] {
  if (typeof data === 'string') return NOT_PROSE.has(key) ? [] : [data];
  if (Array.isArray(data)) return data.flatMap((item) => proseOf(item, key));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => proseOf(v, k));
  }
  return [];
}
