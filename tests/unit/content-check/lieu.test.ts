import { describe, expect, it } from 'vitest';
import { checkFixture, parsedOf } from './check-fixture.ts';

describe('where an établissement is', () => {
  it('names the closest communes when the commune is not in the département', () => {
    const { ids, report } = checkFixture('commune-unknown');
    expect(ids).toContain('etablissements/connue');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/etablissements/inconnue.yaml:2 — champ « commune » : « TERRASSON » n'est pas une commune du département Dordogne (24). Communes proches : Terrasson-Lavilledieu (24547), Meyrals (24268), Verdon (24570). Écrivez le nom officiel ou ajoutez \`code_insee\`."
    `);
  });

  it('refuses an INSEE code of another département', () => {
    const { ids, report } = checkFixture('insee-other-departement');
    expect(ids).toContain('etablissements/bon-departement');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/etablissements/autre-departement.yaml:2 — champ « code_insee » : la commune Bordeaux (33063) n'est pas dans le département Dordogne (24) : corrigez le code INSEE ou le département."
    `);
  });

  it('refuses a commune name that does not match the INSEE code', () => {
    const { ids, report } = checkFixture('commune-name-mismatch');
    expect(ids).toContain('etablissements/meme-commune');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/etablissements/autre-commune.yaml:2 — champ « commune » : « VILLENEUVE/LOT » ne désigne pas la commune Agen (47001) donnée par le code INSEE : corrigez l'un des deux."
    `);
  });

  it('refuses a postal code of another département', () => {
    const { ids, report } = checkFixture('postal-code-other-departement');
    expect(ids).toContain('etablissements/bon-code');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/etablissements/autre-code.yaml:2 — champ « code_postal » : le code postal « 33405 » n'appartient pas au département « 47 » : un code postal commence par le numéro de son département."
    `);
  });

  it('accepts a CEDEX postal code, keeps the postal line as published and flags it', () => {
    const { entries, problems } = checkFixture('cedex');
    expect(problems).toEqual([]);
    expect(parsedOf(entries, 'etablissements', 'agen-cedex')).toMatchObject({
      adresse: ['1 rue de l’Exemple', 'BP 00001'],
      code_postal: '47916',
      ligne_postale: '47916 AGEN Cedex 9',
      commune: 'Agen',
      code_insee: '47001',
      cedex: true,
    });
    expect(parsedOf(entries, 'etablissements', 'agen')).toMatchObject({ code_postal: '47000', cedex: false });
  });
});
