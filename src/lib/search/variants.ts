/**
 * Words written several ways (issue #14 §3): compounds with or without their
 * hyphen or space, abbreviations of classes and diplomas. Each group lists
 * what to search (`search`: the spellings pages may use; Pagefind reads
 * « plate-forme » as « plateforme » too, but not « plates-formes ») and the
 * other spellings people type (`typed`). Any spelling of a group stands for
 * the whole group, in a query and in the everyday words of
 * content/mots-courants.yaml (« rater le bac » is « rater le baccalauréat »).
 *
 * Plurals and accents need no line: spellings are compared without them
 * (words.ts). Acronyms are not listed here: the glossary gives each page its acronyms
 * and their expansions (expansions.ts).
 */
export interface VariantGroup {
  /** The spellings to search, the first one naming the group. */
  search: readonly string[];
  /** Other spellings people type. */
  typed: readonly string[];
}

export const VARIANTS: readonly VariantGroup[] = [
  {
    search: ['plate-forme', 'plates-formes'],
    typed: ['plateforme', 'plate forme', 'plates formes'],
  },
  { search: ['micro-lycée'], typed: ['microlycée', 'micro lycée'] },
  { search: ['primo-arrivant'], typed: ['primoarrivant', 'primo arrivant'] },
  { search: ['baccalauréat', 'bac'], typed: ['bachot'] },
  // Pagefind cuts « 2de » into « 2 » and « de », found on every page: the classes are searched in words.
  { search: ['troisième'], typed: ['3e', '3ème', '3è'] },
  { search: ['seconde'], typed: ['2de', '2nde', '2nd'] },
  { search: ['première'], typed: ['1re', '1ère'] },
  { search: ['terminale'], typed: ['tle', 'term'] },
  { search: ['lycée professionnel'], typed: ['lycée pro'] },
  // « cap » would find « capacités »; a page that writes « CAP » gets its expansion from the glossary.
  { search: ['certificat d’aptitude professionnelle'], typed: ['CAP'] },
];
