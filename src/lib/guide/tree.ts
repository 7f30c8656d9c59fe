/**
 * The guide for families as a tree of questions (age, situation, project)
 * whose ends name the fiches that fit. Pure: the rules come from the fiches'
 * `orientation` (src/data/guide.ts), so that another académie's content gets
 * its own guide. A question whose answers would all lead to the same end is
 * not asked; an age band is cut wherever a rule's age limit falls.
 */
import { PROJETS, SITUATIONS, type Projet, type Situation } from '../vocabulary.ts';

/** Who a fiche is for, as its `orientation` says. */
export interface GuideRule {
  id: string;
  ageMin?: number | undefined;
  ageMax?: number | undefined;
  situations: readonly Situation[];
  /** Empty: whatever the young person wants. */
  projets: readonly Projet[];
}

/** Ages from `min` to `max` included; `max` undefined: and over. */
export interface AgeBand {
  id: string;
  min: number;
  max?: number | undefined;
}

export interface Answers {
  age?: AgeBand;
  situation?: Situation;
  projet?: Projet;
}

export type Question = 'age' | 'situation' | 'projet';

/** An answer already given on the way to a node, and the page where it can be changed. */
export interface Step {
  question: Question;
  id: string;
  /** The path of the question's page. */
  from: string;
}

export type GuideNode =
  | {
      kind: 'question';
      question: Question;
      path: string;
      steps: Step[];
      given: Answers;
      choices: { id: string; given: Answers; next: GuideNode }[];
    }
  | { kind: 'end'; path: string; steps: Step[]; given: Answers; fits: string[] };

/** The bands people answer with, cut at every rule's limits: 16 and 17–25 give « moins de 16 », « 16 », « 17 à 25 », « 26 et plus ». */
export function ageBands(rules: readonly GuideRule[]): AgeBand[] {
  const cuts = new Set<number>();
  for (const { ageMin, ageMax } of rules) {
    if (ageMin !== undefined) cuts.add(ageMin);
    if (ageMax !== undefined) cuts.add(ageMax + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const bands: AgeBand[] = [{ id: `moins-de-${sorted[0]}-ans`, min: 0, max: sorted[0]! - 1 }];
  sorted.forEach((min, i) => {
    const next = sorted[i + 1];
    const max = next === undefined ? undefined : next - 1;
    bands.push({ id: max === undefined ? `${min}-ans-et-plus` : max === min ? `${min}-ans` : `${min}-${max}-ans`, min, max });
  });
  return bands;
}

/** Does the rule take a young person with these answers? An unanswered question does not exclude. */
export function fits(rule: GuideRule, { age, situation, projet }: Answers): boolean {
  if (age && ((rule.ageMin !== undefined && age.min < rule.ageMin) || (rule.ageMax !== undefined && (age.max ?? Infinity) > rule.ageMax))) {
    return false;
  }
  if (situation && !rule.situations.includes(situation)) return false;
  if (projet && rule.projets.length > 0 && !rule.projets.includes(projet)) return false;
  return true;
}

/** The whole guide, from its first question; paths are relative (`16-ans/sorti-depuis-6-mois/`). */
export function buildGuide(rules: readonly GuideRule[]): GuideNode {
  const choices: Record<Question, { id: string; answer: (a: Answers) => Answers }[]> = {
    age: ageBands(rules).map((band) => ({ id: band.id, answer: (a) => ({ ...a, age: band }) })),
    situation: SITUATIONS.map((situation) => ({ id: situation, answer: (a) => ({ ...a, situation }) })),
    projet: PROJETS.map((projet) => ({ id: projet, answer: (a) => ({ ...a, projet }) })),
  };
  const endOf = (answers: Answers) => rules.filter((rule) => fits(rule, answers)).map((rule) => rule.id);
  // The ends a question can lead to, whatever is answered after it: a question that cannot change them is skipped.
  const outcomes = (answers: Answers, questions: readonly Question[]): string => {
    const [first, ...rest] = questions;
    if (first === undefined) return endOf(answers).join(',');
    return choices[first].map(({ answer }) => outcomes(answer(answers), rest)).join('|');
  };
  const node = (answers: Answers, questions: readonly Question[], path: string, steps: Step[]): GuideNode => {
    const [first, ...rest] = questions;
    if (first === undefined) return { kind: 'end', path, steps, given: answers, fits: endOf(answers) };
    const next = choices[first].map(({ id, answer }) => ({ id, answers: answer(answers) }));
    if (new Set(next.map((n) => outcomes(n.answers, rest))).size <= 1) return node(answers, rest, path, steps);
    return {
      kind: 'question',
      question: first,
      path,
      steps,
      given: answers,
      choices: next.map(({ id, answers: a }) => ({
        id,
        given: a,
        next: node(a, rest, `${path}${id}/`, [...steps, { question: first, id, from: path }]),
      })),
    };
  };
  return node({}, ['age', 'situation', 'projet'], '', []);
}

/** Every node of the guide, for its pages. */
export function guideNodes(root: GuideNode): GuideNode[] {
  return root.kind === 'end' ? [root] : [root, ...root.choices.flatMap(({ next }) => guideNodes(next))];
}
