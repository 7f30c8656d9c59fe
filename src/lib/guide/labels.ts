/** How the guide words an answer, through the dictionary: « 17 ou 18 ans », « J'ai quitté l'école il y a six mois ou plus ». */
import type { T } from '../../i18n/dictionaries.ts';
import type { Projet, Situation } from '../vocabulary.ts';
import type { AgeBand, Answers, Question } from './tree.ts';

const SITUATION_KEYS = {
  scolarise: 'guide.situation.scolarise',
  'sorti-moins-de-6-mois': 'guide.situation.sortiMoinsDe6Mois',
  'sorti-depuis-6-mois': 'guide.situation.sortiDepuis6Mois',
  'nouvel-arrivant': 'guide.situation.nouvelArrivant',
} as const satisfies Record<Situation, string>;

const PROJET_KEYS = {
  diplome: 'guide.projet.diplome',
  accompagnement: 'guide.projet.accompagnement',
} as const satisfies Record<Projet, string>;

export const QUESTION_KEYS = {
  age: 'guide.question.age',
  situation: 'guide.question.situation',
  projet: 'guide.question.projet',
} as const satisfies Record<Question, string>;

export function ageLabel(t: T, { min, max }: AgeBand): string {
  if (max === undefined) return t('guide.age.over', { age: min });
  if (min === 0) return t('guide.age.under', { age: max + 1 });
  if (min === max) return t('guide.age.exact', { age: min });
  return t('guide.age.range', { min, max });
}

/** The answer given to `question`, as the young person would say it. */
export function answerLabel(t: T, question: Question, given: Answers): string {
  if (question === 'age') return given.age ? ageLabel(t, given.age) : '';
  if (question === 'situation') return given.situation ? t(SITUATION_KEYS[given.situation]) : '';
  return given.projet ? t(PROJET_KEYS[given.projet]) : '';
}
