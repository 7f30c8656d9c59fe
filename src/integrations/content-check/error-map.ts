/**
 * French messages for zod's generic issues. Schemas give their own message
 * where a field needs a particular fix; this covers the rest (after Starlight's
 * utils/error-map.ts).
 */
import type { z } from 'astro/zod';
import { WrittenDate } from '../../schemas/common.ts';
import { isoDate } from '../../lib/format/dates.ts';

const TYPES: Record<string, string> = {
  string: 'du texte',
  number: 'un nombre',
  boolean: '« true » ou « false »',
  array: 'une liste (des lignes commençant par « - »)',
  object: 'des champs (« nom: valeur »)',
  date: 'une date AAAA-MM-JJ',
};

function typeOf(input: unknown): string {
  if (input === null) return 'une valeur vide';
  if (Array.isArray(input)) return 'une liste';
  if (input instanceof Date) return 'une date';
  return { string: 'du texte', number: 'un nombre', boolean: 'un booléen', object: 'des champs' }[typeof input as string] ?? typeof input;
}

/** YAML reads `nom: 2020-01-14` as a date and `nom: 1870` as a number: where text is expected, quotes keep it text. */
const readAsOtherThanText = (input: unknown): input is Date | number | boolean =>
  input instanceof Date || typeof input === 'number' || typeof input === 'boolean';

function quoteIt(input: Date | number | boolean): string {
  const written = input instanceof WrittenDate ? input.written : input instanceof Date ? isoDate(input) : String(input);
  return `YAML lit « ${written} » comme ${typeOf(input)}, et ce champ attend du texte : mettez la valeur entre guillemets, "${written}".`;
}

export const frenchErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom')
    return 'champ obligatoire manquant : ajoutez-le.';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'string' && readAsOtherThanText(issue.input)) return quoteIt(issue.input);
      return `attendu : ${TYPES[issue.expected] ?? issue.expected} ; trouvé : ${typeOf(issue.input)}.`;
    case 'too_small':
      if (issue.origin === 'string') return 'texte vide : complétez-le ou supprimez le champ.';
      if (issue.origin === 'array') return `liste trop courte : au moins ${issue.minimum} élément(s).`;
      return `valeur trop petite : au moins ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `texte trop long : ${issue.maximum} caractères au plus.`;
      if (issue.origin === 'array') return `liste trop longue : ${issue.maximum} éléments au plus.`;
      return `valeur trop grande : au plus ${issue.maximum}.`;
    case 'invalid_value':
      return `valeur non reconnue : choisissez parmi ${issue.values.map((v) => `« ${String(v)} »`).join(', ')}.`;
    case 'unrecognized_keys':
      return `champ${issue.keys.length > 1 ? 's' : ''} inconnu${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `« ${k} »`).join(', ')} : vérifiez l'orthographe ou supprimez-${issue.keys.length > 1 ? 'les' : 'le'}.`;
    case 'invalid_format':
      return `format invalide (${issue.format}).`;
    case 'invalid_union':
      if (readAsOtherThanText(issue.input)) return quoteIt(issue.input);
      return 'valeur non reconnue : vérifiez la forme attendue dans CONTRIBUTING.md.';
    default:
      return undefined;
  }
};
