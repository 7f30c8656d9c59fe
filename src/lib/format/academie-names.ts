/**
 * Texts built from the académies' names, so that no page names ours:
 * « Académie de Bordeaux » → « Bordeaux » → « les académies de Bordeaux, Limoges et Poitiers ».
 */
import { dePlace, joinFrench } from './text.ts';

/** « Académie de Bordeaux » → « Bordeaux », « Académie d’Aix-Marseille » → « Aix-Marseille ». */
export function academieCity(nom: string): string {
  return nom.replace(/^académie\s+(?:de\s+|d['’]\s*|du\s+|des\s+)?/i, '');
}

/**
 * The académies as a sentence names them, with the article a sentence needs:
 * « les académies de Bordeaux, Limoges et Poitiers » / « l’académie de Rouen » (`le`),
 * « des académies de… » / « de l’académie de Rouen » (`de`).
 */
export function academiesPhrase(noms: readonly string[], article: 'le' | 'de' = 'le'): string {
  const cities = dePlace(joinFrench(noms.map(academieCity)));
  if (noms.length === 1) return `${article === 'le' ? 'l’' : 'de l’'}académie ${cities}`;
  return `${article === 'le' ? 'les' : 'des'} académies ${cities}`;
}
