import { describe, expect, it } from 'vitest';
import { checkFixture } from './check-fixture.ts';

describe('content files', () => {
  it('refuses a file name with capitals or accents, as it becomes a URL', () => {
    const { ids, report } = checkFixture('file-name');
    expect(ids.filter((id) => id.startsWith('etablissements/'))).toEqual(['etablissements/lycee-exemple']);
    expect(report).toMatchInlineSnapshot(`
      "2 problèmes dans le contenu :
        - content/etablissements/Lycee-Nord.yaml : nom de fichier « Lycee-Nord.yaml » : utilisez des minuscules sans accents, des chiffres et des tirets (il devient l'adresse de la page).
        - content/etablissements/lycée-sud.yaml : nom de fichier « lycée-sud.yaml » : utilisez des minuscules sans accents, des chiffres et des tirets (il devient l'adresse de la page)."
    `);
  });

  it('refuses MDX in content/, whose expressions would run at build time, and loads no .mdx', () => {
    const { ids, report } = checkFixture('mdx-in-content');
    expect(ids.filter((id) => id.startsWith('fiches/'))).toEqual([]);
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/fiches/fiche.mdx : MDX refusé dans content/ : le contenu est du texte, il ne peut pas exécuter de code à la construction du site. Renommez le fichier en .md et écrivez en Markdown ; un composant (un modèle à remplir, par exemple) se place dans src/ et l'entrée le nomme dans son en-tête."
    `);
  });

  it('gives the line of a YAML syntax error, in a .yaml file and in a front matter', () => {
    // Both files have « : » inside an unquoted value on line 4 (the front matter starts on line 2).
    const { ids, report } = checkFixture('yaml-syntax');
    expect(ids).toEqual(['etablissements/lisible', 'sources/guide-exemple']);
    expect(report).toMatchInlineSnapshot(`
      "2 problèmes dans le contenu :
        - content/etablissements/illisible.yaml:4 : la valeur contient « : » suivi d'une espace, que YAML lit comme un nouveau champ : mettez toute la valeur entre guillemets : adresse: "Bâtiment B : rez-de-chaussée".
        - content/fiches/illisible.md:4 : en-tête : la valeur contient « : » suivi d'une espace, que YAML lit comme un nouveau champ : mettez toute la valeur entre guillemets : resume: "Une règle simple : repérer tôt."."
    `);
  });
});
