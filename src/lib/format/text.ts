/**
 * French text normalisation, used wherever a person types a name and the site
 * must find the thing they meant: commune names in content files, searches.
 */

/** « Lâcher l’œuvre » → « Lacher l’oeuvre »: accents off, ligatures spelt out. */
export function foldAccents(input: string): string {
  return (
    input
      .normalize('NFD')
      // Combining accents (U+0300–U+036F), as NFD leaves them: much faster than \p{Diacritic} on long texts.
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
  );
}

/** Strips accents, case, punctuation and the « St »/« Ste » abbreviations. */
export function normalizeName(input: string): string {
  return foldAccents(input.toLowerCase())
    .replace(/[^a-z0-9/]+/g, ' ')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .trim();
}

/** Edit distance, for « did you mean » suggestions. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(current[j - 1]! + 1, previous[j]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** A French list: « a, b et c ». */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

/** A slug for URLs and anchors: « Lycée V. Louis » → « lycee-v-louis ». */
/** A name that becomes part of an address: lower case, digits and hyphens (what `slugify` writes). Content files and media files follow it. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(input: string): string {
  return normalizeName(input).replace(/[ /]+/g, '-');
}

/**
 * « de Bordeaux », « d’Agen », « du Bouscat », « des Eyzies »: « de » before a place name, elided or contracted as French wants.
 * A message fills its `{ofCommune}`/`{ofCities}` with it in French only: other languages get the bare name (`ofPlace`).
 */
export function dePlace(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  return /^[AEIOUÀÂÉÈÊÎÔŒ]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** A place name for a message's `{of…}` placeholder: after French's « de » in French (`dePlace`), bare in the other languages. */
export function ofPlace(locale: string, name: string): string {
  return locale.startsWith('fr') ? dePlace(name) : name;
}
