/** How the guide words an answer, through the dictionary: « 17 ou 18 ans », « J'ai quitté l'école il y a six mois ou plus ». */
import type { T } from '../../i18n/dictionaries.ts';
import type { Projet, Situation } from '../vocabulary.ts';
import type { AgeBand, Answers, Question, Step } from './tree.ts';

/** Each answer's words: in full on the guide's pages, short in page titles (each page of the guide has a title of its own). */
const SITUATION_KEYS = {
  scolarise: ['guide.situation.scolarise', 'guide.situationShort.scolarise'],
  'sorti-moins-de-6-mois': ['guide.situation.sortiMoinsDe6Mois', 'guide.situationShort.sortiMoinsDe6Mois'],
  'sorti-depuis-6-mois': ['guide.situation.sortiDepuis6Mois', 'guide.situationShort.sortiDepuis6Mois'],
  'nouvel-arrivant': ['guide.situation.nouvelArrivant', 'guide.situationShort.nouvelArrivant'],
} as const satisfies Record<Situation, readonly [string, string]>;

const PROJET_KEYS = {
  diplome: ['guide.projet.diplome', 'guide.projetShort.diplome'],
  accompagnement: ['guide.projet.accompagnement', 'guide.projetShort.accompagnement'],
} as const satisfies Record<Projet, readonly [string, string]>;

export const QUESTION_KEYS = {
  age: 'guide.question.age',
  situation: 'guide.question.situation',
  projet: 'guide.question.projet',
} as const satisfies Record<Question, string>;

export function ageLabel(t: T, { min, max }: AgeBand): string {
  if (max === undefined) return t('guide.age.over', { age: min });
  if (min === 0) return t('guide.age.under', { age: max + 1 });
  if (min === max) return t('guide.age.exact', { age: min });
  if (max === min + 1) return t('guide.age.pair', { min, max });
  return t('guide.age.range', { min, max });
}

/** The answer given to `question`, as the young person would say it. */
export function answerLabel(t: T, question: Question, given: Answers): string {
  if (question === 'age') return given.age ? ageLabel(t, given.age) : '';
  if (question === 'situation') return given.situation ? t(SITUATION_KEYS[given.situation][0]) : '';
  return given.projet ? t(PROJET_KEYS[given.projet][0]) : '';
}

/** The answers given on the way to a page, in short: « 16 ans, encore au collège ou au lycée ». */
export function answersSummary(t: T, steps: readonly Step[], given: Answers): string {
  return steps
    .map(({ question }) => {
      if (question === 'situation' && given.situation) return t(SITUATION_KEYS[given.situation][1]);
      if (question === 'projet' && given.projet) return t(PROJET_KEYS[given.projet][1]);
      return answerLabel(t, question, given);
    })
    .join(', ');
}

/** A page title with the answers that lead to it, or the title alone on the first page. */
export function titleWithAnswers(t: T, title: string, steps: readonly Step[], given: Answers): string {
  return steps.length === 0 ? title : t('guide.titleWithAnswers', { title, answers: answersSummary(t, steps, given) });
}
