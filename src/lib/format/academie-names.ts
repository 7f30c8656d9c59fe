/**
 * Texts built from the académies' names, so that no page names ours:
 * « Académie de Bordeaux » → « Bordeaux » → « les académies de Bordeaux, Limoges et Poitiers ».
 */
import type { T } from '../../i18n/dictionaries.ts';
import { ofPlace } from './text.ts';

/** « Académie de Bordeaux » → « Bordeaux », « Académie d’Aix-Marseille » → « Aix-Marseille ». */
export function academieCity(nom: string): string {
  return nom.replace(/^académie\s+(?:de\s+|d['’]\s*|du\s+|des\s+)?/i, '');
}

/**
 * « Académie de Bordeaux » → « académie de Bordeaux »: the content's name (a
 * published fact, in French) as it reads inside a sentence or after a comma.
 */
export function academieInSentence(nom: string): string {
  return nom.replace(/^Académie\b/, 'académie');
}

/**
 * The académies as a sentence names them, with the article a sentence needs:
 * « les académies de Bordeaux, Limoges et Poitiers » / « l’académie de Rouen » (`le`),
 * « des académies de… » / « de l’académie de Rouen » (`de`).
 * The articles are the dictionary's (`academieNames.*`, one or several), the
 * list is joined as `t.locale` joins one; a message gets the cities both
 * bare (`{cities}`) and after French's « de », elided (`{ofCities}`: « d’Amiens »; bare in other languages).
 */
export function academiesPhrase(t: T, noms: readonly string[], article: 'le' | 'de' = 'le'): string {
  const cities = new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(noms.map(academieCity));
  const values = { count: noms.length, cities, ofCities: ofPlace(t.locale, cities) };
  return article === 'le' ? t('academieNames.the', values) : t('academieNames.of', values);
}
