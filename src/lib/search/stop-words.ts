/**
 * Words that carry no meaning for this site's search (issue #14 §3): articles,
 * pronouns, possessives, the commonest prepositions, the negation, the forms
 * of « être », « avoir », « aller », « vouloir », « pouvoir » that come in a
 * sentence (« mon fils ne va plus au lycée »). Pagefind matches the start of
 * words: « de » alone would find every page with « des » or « dernier ».
 *
 * Written without accents, as words are compared (« à » is « a »). Kept out on
 * purpose: « sans » (« sans diplôme »), « bac », « cap », « ans » and numbers.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // articles and their contractions
  ...['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux'],
  // prepositions and conjunctions
  ...['a', 'en', 'pour', 'par', 'sur', 'sous', 'dans', 'avec', 'chez', 'vers', 'apres', 'avant', 'entre', 'depuis', 'pendant'],
  ...['et', 'ou', 'mais', 'donc', 'car', 'ni', 'si', 'comme', 'quand', 'lorsque', 'puisque'],
  // pronouns, possessives, demonstratives
  ...['je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'me', 'm', 'te', 't', 'se', 's', 'lui', 'leur', 'leurs', 'y'],
  ...['mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos'],
  ...['ce', 'cet', 'cette', 'ces', 'c', 'ca', 'cela', 'ceci'],
  // questions and negation
  ...['qu', 'que', 'qui', 'quoi', 'dont', 'quel', 'quelle', 'quels', 'quelles', 'comment', 'est-ce', 'ne', 'n', 'pas', 'plus', 'rien'],
  // être, avoir, aller, vouloir, pouvoir, falloir, faire, as they come in a sentence
  ...['est', 'sont', 'suis', 'es', 'etre', 'etait', 'ai', 'as', 'avons', 'avez', 'ont', 'avoir', 'ayant', 'eu'],
  ...['va', 'vais', 'vas', 'vont', 'aller', 'veux', 'veut', 'voudrais', 'vouloir', 'peux', 'peut', 'pouvoir', 'faut', 'fait', 'faire'],
  // whom a parent speaks of: no page is about « mon fils »
  ...['fils', 'fille', 'enfant', 'enfants'],
  // little words of any sentence
  ...['tres', 'bien', 'aussi', 'encore', 'deja', 'tout', 'tous', 'toute', 'toutes'],
]);
