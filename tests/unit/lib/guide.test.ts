import { describe, expect, it } from 'vitest';
import { ageBands, buildGuide, fits, guideNodes, type GuideNode, type GuideRule } from '../../../src/lib/guide/tree.ts';

const rules: GuideRule[] = [
  { id: 'micro', ageMin: 17, ageMax: 25, situations: ['sorti-depuis-6-mois'], projets: ['diplome'] },
  { id: 'dipa', ageMin: 16, ageMax: 18, situations: ['nouvel-arrivant'], projets: [] },
  { id: 'paps', ageMin: 16, situations: ['scolarise', 'sorti-moins-de-6-mois', 'sorti-depuis-6-mois'], projets: [] },
];

/** The end reached by following `answers` from the first question (each id answers the question asked). */
function endAt(root: GuideNode, answers: readonly string[]): Extract<GuideNode, { kind: 'end' }> {
  let node = root;
  for (const id of answers) {
    if (node.kind === 'end') break;
    node = node.choices.find((c) => c.id === id)!.next;
  }
  if (node.kind !== 'end') throw new Error(`still asking « ${node.question} » after ${answers.join(' / ')}`);
  return node;
}

describe('the guide for families', () => {
  it('cuts the age bands at every limit a rule gives', () => {
    expect(ageBands(rules).map((b) => b.id)).toEqual(['moins-de-16-ans', '16-ans', '17-18-ans', '19-25-ans', '26-ans-et-plus']);
  });

  it('takes a young person only within a rule’s ages, situations and projects', () => {
    const [band16, band17] = ageBands(rules).slice(1);
    expect(fits(rules[0]!, { age: band17!, situation: 'sorti-depuis-6-mois', projet: 'diplome' })).toBe(true);
    expect(fits(rules[0]!, { age: band16!, situation: 'sorti-depuis-6-mois', projet: 'diplome' })).toBe(false);
    expect(fits(rules[0]!, { age: band17!, situation: 'sorti-depuis-6-mois', projet: 'accompagnement' })).toBe(false);
    expect(fits(rules[2]!, { age: band17!, situation: 'scolarise', projet: 'accompagnement' })).toBe(true);
  });

  it('lands each profile on the right solutions', () => {
    const guide = buildGuide(rules);
    expect(endAt(guide, ['19-25-ans', 'sorti-depuis-6-mois', 'diplome']).fits).toEqual(['micro', 'paps']);
    expect(endAt(guide, ['19-25-ans', 'sorti-depuis-6-mois', 'accompagnement']).fits).toEqual(['paps']);
    expect(endAt(guide, ['16-ans', 'nouvel-arrivant']).fits).toEqual(['dipa']);
    expect(endAt(guide, ['17-18-ans', 'scolarise']).fits).toEqual(['paps']);
    expect(endAt(guide, ['moins-de-16-ans']).fits).toEqual([]);
  });

  it('asks no question whose answers cannot change the end', () => {
    const guide = buildGuide(rules);
    // Under 16 nothing fits, whatever comes next: the end comes at once.
    expect(endAt(guide, ['moins-de-16-ans']).path).toBe('moins-de-16-ans/');
    // The project matters only where the micro-lycée is possible.
    expect(endAt(guide, ['16-ans', 'sorti-depuis-6-mois']).path).toBe('16-ans/sorti-depuis-6-mois/');
    const depths = guideNodes(guide).map((node) => node.path.split('/').length - 1);
    expect(Math.max(...depths)).toBeLessThanOrEqual(3);
  });

  it('gives every page a distinct path and records each answer where it can be changed', () => {
    const nodes = guideNodes(buildGuide(rules));
    expect(new Set(nodes.map((n) => n.path)).size).toBe(nodes.length);
    const end = endAt(buildGuide(rules), ['19-25-ans', 'sorti-depuis-6-mois', 'diplome']);
    expect(end.steps.map((s) => [s.question, s.from])).toEqual([
      ['age', ''],
      ['situation', '19-25-ans/'],
      ['projet', '19-25-ans/sorti-depuis-6-mois/'],
    ]);
  });
});
