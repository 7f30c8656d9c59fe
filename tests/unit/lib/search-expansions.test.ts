import { describe, expect, it } from 'vitest';
import { expansionsFor, familyWordsFor, withoutIgnored, WORD_FAMILIES } from '../../../src/lib/search/expansions.ts';

const glossary = new Map([
  ['GPDS', 'groupe de prévention du décrochage scolaire'],
  ['PAFI', 'parcours aménagé de la formation initiale'],
  ['CIO', 'centre d’information et d’orientation'],
]);

describe('expansionsFor', () => {
  it('gives the expansion of each acronym a page uses', () => {
    expect(expansionsFor('Le GPDS se réunit avec le CIO.', glossary)).toEqual([
      'GPDS : groupe de prévention du décrochage scolaire.',
      'CIO : centre d’information et d’orientation.',
    ]);
  });

  it('gives the acronym of an expansion a page spells out, whatever its accents and case', () => {
    expect(expansionsFor('Le Parcours Amenage de la Formation Initiale dure un an.', glossary)).toEqual([
      'PAFI : parcours aménagé de la formation initiale.',
    ]);
  });

  it('adds nothing for a page that uses neither', () => {
    expect(expansionsFor('Une page sans sigle. Les gpds en minuscules ne comptent pas.', glossary)).toEqual([]);
  });

  it('does not take part of a word for an expansion', () => {
    expect(expansionsFor('Un sous-groupe de prévention du décrochage scolaires', glossary)).toEqual([]);
  });
});

describe('familyWordsFor', () => {
  it('adds the forms of a word family that the page does not write', () => {
    expect(familyWordsFor('La prévention du décrochage.')).toEqual(WORD_FAMILIES[0]!.filter((w) => w !== 'décrochage'));
  });

  it('adds nothing when no form of any family is written', () => {
    expect(familyWordsFor('Une page sur les fiches techniques.')).toEqual([]);
  });

  it('reads hyphenated forms (« primo-arrivants »)', () => {
    expect(familyWordsFor('Des élèves primo-arrivants.')).toContain('allophone');
  });
});

describe('withoutIgnored', () => {
  it('drops what Pagefind ignores, nested elements of the same name included', () => {
    expect(
      withoutIgnored(
        '<p>gardé</p><section data-pagefind-ignore><section>a</section><p>b</p></section><p>aussi</p><aside class="x" data-pagefind-ignore>c</aside>fin',
      ),
    ).toBe('<p>gardé</p><p>aussi</p>fin');
  });

  it('drops a void element alone, not what follows it', () => {
    expect(withoutIgnored('<img data-pagefind-ignore alt="x"><p>gardé</p>')).toBe('<p>gardé</p>');
  });
});
