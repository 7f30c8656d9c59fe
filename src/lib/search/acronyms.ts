/**
 * Finds the acronyms a text uses, so that the build can insist each one is in
 * the glossary and the pages can expand it for the reader.
 */

/** Two capitals or more, digits allowed (UPE2A), hyphenated parts (IEN-IO), and Psy-EN. */
const ACRONYM = /(?<![\p{L}\d])(?:Psy-EN|[A-ZÀ-Ý][A-ZÀ-Ý0-9]*[A-ZÀ-Ý](?:-[A-ZÀ-Ý]{2,})*)(?![\p{L}\d])/gu;
const URL = /\bhttps?:\/\/\S+/g;

export function findAcronyms(text: string): Set<string> {
  return new Set(acronymsIn(text).map(({ sigle }) => sigle));
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

/** A string a reader will see as prose, and where it is in the entry: `['objectifs', 2]`. */
export interface Prose {
  path: (string | number)[];
  text: string;
}

/** Every string a reader will see as prose in an entry's raw data. */
export function proseOf(data: unknown, path: (string | number)[] = []): Prose[] {
  const key = path.findLast((part) => typeof part === 'string') ?? '';
  if (typeof data === 'string') return NOT_PROSE.has(key) ? [] : [{ path, text: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => proseOf(item, [...path, index]));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => proseOf(v, [...path, k]));
  }
  return [];
}

/** Each acronym of `text` with its offset, in order. */
export function acronymsIn(text: string): { sigle: string; offset: number }[] {
  const masked = text.replace(URL, (url) => ' '.repeat(url.length));
  return [...masked.matchAll(ACRONYM)].map((match) => ({ sigle: match[0], offset: match.index }));
}

/** A piece of text: plain, or an acronym to expand. */
export type Segment = string | { sigle: string; definition: string };

/**
 * Cuts a text into plain runs and the acronyms the glossary defines, so that a
 * page can wrap each in `<abbr title>`. `seen` carries the acronyms already
 * expanded on the page: only the first use is expanded (WCAG 3.1.4).
 */
export function splitAcronyms(text: string, glossary: ReadonlyMap<string, string>, seen: Set<string> = new Set()): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(ACRONYM)) {
    const sigle = match[0];
    const definition = glossary.get(sigle);
    if (!definition || seen.has(sigle)) continue;
    seen.add(sigle);
    if (match.index > last) segments.push(text.slice(last, match.index));
    segments.push({ sigle, definition });
    last = match.index + sigle.length;
  }
  if (last < text.length) segments.push(text.slice(last));
  return segments;
}
