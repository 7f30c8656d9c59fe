/** The plain-language measures the build test relies on (tests/helpers/plain-language.ts). */
import { describe, expect, it } from 'vitest';
import { figures, sentences, unexplainedAcronyms, words } from '../helpers/plain-language.ts';

describe('plain-language measures', () => {
  it('cuts sentences at a full stop followed by a capital, not inside an abbreviation followed by a digit', () => {
    expect(sentences('Il a 17 ans. Il veut revenir ! Appelez le 05 53 47 06 07.')).toEqual([
      'Il a 17 ans.',
      'Il veut revenir !',
      'Appelez le 05 53 47 06 07.',
    ]);
  });

  it('counts « l’école » and a phone number as one word each, and a dash as none', () => {
    expect(words('Appelez l’école – au 05 53 47 06 07')).toHaveLength(4);
  });

  it('finds an acronym used before it is spelt out, and accepts both spelt-out forms', () => {
    expect(unexplainedAcronyms('Le PSAD vous appelle. La plate-forme de suivi (PSAD) aide.')).toEqual(['PSAD']);
    expect(unexplainedAcronyms('La plate-forme de suivi et d’appui aux décrocheurs (PSAD) vous appelle. Le PSAD aide.')).toEqual([]);
    expect(unexplainedAcronyms('Un Psy-EN (psychologue de l’Éducation nationale) vous reçoit.')).toEqual([]);
    expect(unexplainedAcronyms('Un Psy-EN vous reçoit, puis le DASEN vous affecte.')).toEqual(['Psy-EN', 'DASEN']);
  });

  it('gives the average and the longest sentence', () => {
    expect(figures(['Un mot.', 'Trois mots ici.'])).toEqual({
      sentences: 2,
      averageWords: 2.5,
      longest: { words: 3, sentence: 'Trois mots ici.' },
    });
  });
});
