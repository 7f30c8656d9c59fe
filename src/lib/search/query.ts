/**
 * What a query asks for, read forgivingly (issue #14 §3): a sentence becomes
 * the few terms it names, each with the words that may stand for it in the
 * pages. « mon fils ne va plus au lycée » asks for « décrochage »; « micro lycee
 * bordeaux » for « micro-lycée » and « bordeaux ».
 *
 * - the words that carry no meaning are dropped (stop-words.ts);
 * - the spellings of one word are one term (variants.ts);
 * - everyday words become the site's (content/mots-courants.yaml), prepared by
 *   the build (`prepareRewrites`) and given to the browser as data.
 *
 * Words are compared as words.ts reads them. All of this is French: a query
 * in another language is searched as typed (`asTyped`).
 */
import { searchForm, tokenize, type Token } from './words.ts';

/** One term of the query: what the person wrote, and what to search for it (any one of the spellings). */
export interface Term {
  typed: string;
  search: string[];
  /** For everyday words, the site's words searched instead, as the site writes them (« conservation des notes »). */
  means?: string[];
}

/** An everyday phrase ready to be found in a query: its word keys, with and without the stop words. */
export interface Rewrite {
  /** The keys of every word, « lach le cour ». */
  words: string;
  /** The keys without the stop words, « lach cour », when they still say something: two words or more, or none was dropped. */
  loose?: string;
  /** The site's words, searched instead, as content/mots-courants.yaml writes them. */
  search: string[];
}

/**
 * Everyday phrases ready for `queryReader`, at build time: `search` (the
 * site's words) stands for each of `words` (what people type).
 */
export function prepareRewrites(entries: readonly { search: string; words: readonly string[] }[]): Rewrite[] {
  return entries.flatMap(({ search, words }) =>
    words.map((phrase) => {
      const tokens = tokenize(phrase);
      const meaningful = tokens.filter((token) => !token.stop);
      const loose = meaningful.length >= 2 || meaningful.length === tokens.length ? meaningful.map((t) => t.key).join(' ') : undefined;
      return { words: tokens.map((t) => t.key).join(' '), ...(loose ? { loose } : {}), search: [search] };
    }),
  );
}

/** The rewrites by key, merged when two entries list one phrase (« redoubler » for two of the site's words). */
function indexRewrites(rewrites: readonly Rewrite[], key: 'words' | 'loose'): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const rewrite of rewrites) {
    const words = rewrite[key];
    if (words) index.set(words, [...new Set([...(index.get(words) ?? []), ...rewrite.search])]);
  }
  return index;
}

const longest = (index: Map<string, unknown>) => Math.max(0, ...[...index.keys()].map((key) => key.split(' ').length));

/** Reads queries with one table of everyday phrases, indexed once. */
export function queryReader(rewrites: readonly Rewrite[]): (query: string) => Term[] {
  const literal = indexRewrites(rewrites, 'words');
  const loose = indexRewrites(rewrites, 'loose');
  const [maxLiteral, maxLoose] = [longest(literal), longest(loose)];

  return (query) => {
    const tokens = tokenize(query);
    const terms: Term[] = [];
    const add = (typed: Token[], search: readonly string[], means?: string[]) =>
      terms.push({
        typed: typed.map((t) => t.typed).join(' '),
        search: [...new Set(search.map(searchForm))],
        ...(means ? { means } : {}),
      });

    for (let i = 0; i < tokens.length;) {
      // The phrase as written, small words included: « ne va plus au lycée ».
      const asWritten = longestMatch(literal, maxLiteral, tokens.slice(i));
      if (asWritten) {
        add(tokens.slice(i, i + asWritten.length), asWritten.search, asWritten.search);
        i += asWritten.length;
        continue;
      }
      if (tokens[i]!.stop) {
        i++;
        continue;
      }
      // The phrase with other small words, or none: « lâcher ses cours », « lâcher cours ».
      const ahead = tokens.slice(i).filter((token) => !token.stop);
      const loosely = longestMatch(loose, maxLoose, ahead);
      if (loosely) {
        const end = tokens.indexOf(ahead[loosely.length - 1]!, i) + 1;
        add(tokens.slice(i, end), loosely.search, loosely.search);
        i = end;
        continue;
      }
      add([tokens[i]!], tokens[i]!.search ?? [tokens[i]!.text]);
      i++;
    }
    // Nothing but small words (« de la »): the query as typed, rather than nothing.
    if (terms.length === 0 && query.trim()) return [{ typed: query.trim(), search: [query.trim()] }];
    return mergeSame(terms);
  };
}

/**
 * A query read as typed, one term: what the search does in the other languages,
 * whose small words, spellings and everyday words this module does not know.
 */
export function asTyped(query: string): Term[] {
  const typed = query.trim();
  return typed ? [{ typed, search: [typed] }] : [];
}

/** The longest phrase of `index` that `tokens` start with, and how many tokens it takes. */
function longestMatch(index: Map<string, string[]>, max: number, tokens: Token[]): { length: number; search: string[] } | undefined {
  for (let n = Math.min(max, tokens.length); n > 0; n--) {
    const search = index.get(
      tokens
        .slice(0, n)
        .map((t) => t.key)
        .join(' '),
    );
    if (search) return { length: n, search };
  }
  return undefined;
}

/** « bac baccalauréat » is one term, not two. */
function mergeSame(terms: Term[]): Term[] {
  const seen = new Map<string, Term>();
  for (const term of terms) {
    const key = [...term.search].sort().join('|');
    const same = seen.get(key);
    if (same) same.typed += ` ${term.typed}`;
    else seen.set(key, term);
  }
  return [...seen.values()];
}
