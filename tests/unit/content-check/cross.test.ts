import { describe, expect, it } from 'vitest';
import { checkFixture } from './check-fixture.ts';

describe('rules across collections', () => {
  it('asks for every acronym of the prose in the glossary, not for those of names and addresses', () => {
    // The fixture's établissement is « LP Exemple », « BP 00001 », « AGEN CEDEX 9 »: published names, not prose.
    const { ids, report } = checkFixture('acronym-not-in-glossary');
    expect(ids).toEqual(expect.arrayContaining(['etablissements/lp-exemple', 'fiches/sigle-defini']));
    expect(report).toMatchInlineSnapshot(`
      "2 problèmes dans le contenu :
        - content/fiches/sigle-absent.md:3 — champ « sigle » : le sigle « GPDS » n'est pas dans le glossaire : ajoutez dans content/glossaire.yaml une entrée « GPDS: » avec sa définition. Si c'est un mot écrit en capitales pour insister, écrivez-le en minuscules (ou en gras, **ainsi**).
        - content/fiches/sigle-absent.md:5 — champ « resume » : le sigle « MLDS » n'est pas dans le glossaire : ajoutez dans content/glossaire.yaml une entrée « MLDS: » avec sa définition. Si c'est un mot écrit en capitales pour insister, écrivez-le en minuscules (ou en gras, **ainsi**)."
    `);
  });

  it('refuses a département in two académies', () => {
    const { ids, report } = checkFixture('departement-in-two-academies');
    expect(ids).toEqual(expect.arrayContaining(['academies/nord', 'academies/sud']));
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/academies.yaml:8 — champ « sud.departements » : le département « 33 » est déjà dans l'académie « nord »."
    `);
  });

  it('refuses a bulletin whose département is not in its académie', () => {
    const { ids, report } = checkFixture('bulletin-departement');
    expect(ids).toContain('bulletins/departement-de-l-academie');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/bulletins/departement-d-ailleurs.md:4 — champ « departement » : le département « 40 » n'appartient pas à l'académie « exemple » (24, 33)."
    `);
  });

  it('refuses two bulletins the same day for the same académie, not for two académies', () => {
    // nord-1 and sud-1 share a day in two académies; nord-3 repeats nord-1's day.
    const { report } = checkFixture('bulletins-same-day');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/bulletins/nord-3.md:2 — champ « date » : un bulletin existe déjà ce jour-là pour cette académie (content/bulletins/nord-1.md) : un seul bulletin par jour et par académie."
    `);
  });

  it('refuses a bulletin dated outside its edition', () => {
    const { report } = checkFixture('bulletin-outside-edition');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/bulletins/hors-edition.md:2 — champ « date » : le 2019-01-14 n'est pas dans l'édition 2020 de la Semaine (du 2020-01-13 au 2020-01-17) : corrigez la date ou l'édition."
    `);
  });
});
