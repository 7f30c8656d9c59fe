import { describe, expect, it } from 'vitest';
import { checkFixture } from './check-fixture.ts';

describe('the fields of an entry', () => {
  it('refuses a phone number that is not French', () => {
    const { ids, report } = checkFixture('bad-phone');
    expect(ids).toContain('etablissements/bon-numero');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/etablissements/neuf-chiffres.yaml:4 — champ « telephone » : « 05 59 00 00 0 » n'est pas un numéro de téléphone français : dix chiffres commençant par 0, par exemple « 05 56 00 00 00 »."
    `);
  });

  it('gives the expected UAI check letter', () => {
    const { ids, report } = checkFixture('uai-check-letter');
    expect(ids).toContain('etablissements/bonne-lettre');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/etablissements/mauvaise-lettre.yaml:2 — champ « uai » : UAI « 0470001A » : la lettre de contrôle devrait être « W ». Vérifiez le numéro dans l'annuaire de l'éducation."
    `);
  });

  it('refuses a date not written AAAA-MM-JJ', () => {
    const { ids, report } = checkFixture('bad-date');
    expect(ids).toContain('etablissements/date-iso');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/etablissements/date-francaise.yaml:4 — champ « date_maj » : date illisible (« 14/01/2020 ») : écrivez-la AAAA-MM-JJ, par exemple 2020-01-14."
    `);
  });

  it('reads the rest of an entry whose date is impossible without problem', () => {
    // Guards the fixture of the next test: only its date may be wrong.
    const { problems } = checkFixture('impossible-date');
    expect(problems.filter((p) => p.field !== 'date_maj')).toEqual([]);
  });

  it('refuses a day that does not exist (2020-02-30)', () => {
    const { problems } = checkFixture('impossible-date');
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/etablissements/date-impossible.yaml date_maj']);
  });

  it('names an unknown field', () => {
    const { ids, report } = checkFixture('unknown-field');
    expect(ids).toContain('etablissements/champs-connus');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/etablissements/faute-de-frappe.yaml:4 — champ « telefone » : champ inconnu « telefone » : vérifiez l'orthographe ou supprimez-le."
    `);
  });

  it('agrees « supprimez-les » with several unknown fields', () => {
    const { problems } = checkFixture('unknown-fields');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('« telefone », « courriel_ »');
    expect(problems[0]?.message).toMatch(/supprimez-les\.$/);
  });

  it('names a missing required field', () => {
    const { ids, report } = checkFixture('missing-field');
    expect(ids).toContain('etablissements/complet');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/etablissements/sans-date.yaml:1 — champ « date_maj » : champ obligatoire manquant : ajoutez-le."
    `);
  });

  it('flags a missing choice (a ressource without `type`) at the top of the entry', () => {
    const { ids, problems } = checkFixture('missing-choice');
    expect(ids).toContain('ressources/avec-type');
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual(['content/ressources/sans-type.md:2 type']);
  });

  it('says that a missing choice is missing, not unknown', () => {
    const { problems } = checkFixture('missing-choice');
    expect(problems.map((p) => `${p.field} : ${p.message}`)).toEqual(['type : champ obligatoire manquant : ajoutez-le.']);
  });

  it('refuses a résumé over 280 characters, and takes one of exactly 280', () => {
    const { ids, report } = checkFixture('resume-too-long');
    expect(ids).toContain('fiches/resume-280');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/fiches/resume-281.md:4 — champ « resume » : le résumé dépasse 280 caractères : raccourcissez-le, le détail va dans le corps de la fiche."
    `);
  });

  it('refuses a reference to an entry that does not exist', () => {
    const { ids, report } = checkFixture('missing-reference');
    expect(ids).toContain('dispositifs/lieu-connu');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/dispositifs/lieu-absent.md:3 — champ « etablissement » : « lycee-absent » n'existe pas : l'identifiant doit être le nom d'un fichier de content/etablissements/, sans extension."
    `);
  });

  it('refuses a reference to a source that does not exist', () => {
    const { ids, problems } = checkFixture('missing-source');
    expect(ids).toContain('etablissements/source-connue');
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual(['content/etablissements/source-inconnue.yaml:5 source']);
  });

  it('tells that an id of sources.yaml is a key of that file, not a file name', () => {
    const { problems } = checkFixture('missing-source');
    expect(problems[0]?.message).toContain("« guide-inconnu » n'existe pas : l'identifiant doit être une clé de content/sources.yaml.");
    expect(problems[0]?.message).not.toContain('nom du fichier');
  });
});
