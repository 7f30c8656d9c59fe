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

  it('refuses two files with the same id (x.md and x.mdx)', () => {
    const { ids, report } = checkFixture('duplicate-id');
    expect(ids.filter((id) => id.startsWith('fiches/'))).toEqual(['fiches/decrochage', 'fiches/raccrochage']);
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/fiches/decrochage.mdx : même identifiant « decrochage » que content/fiches/decrochage.md : deux pages auraient la même adresse. Renommez l'un des fichiers."
    `);
  });

  it('gives the line of a YAML syntax error, in a .yaml file and in a front matter', () => {
    // Both files have « : » inside an unquoted value on line 4 (the front matter starts on line 2).
    const { ids, report } = checkFixture('yaml-syntax');
    expect(ids).toEqual(['etablissements/lisible', 'sources/guide-exemple']);
    expect(report).toMatchInlineSnapshot(`
      "2 problèmes dans le contenu :
        - content/etablissements/illisible.yaml:4 : YAML illisible : Nested mappings are not allowed in compact mappings
        - content/fiches/illisible.md:4 : en-tête YAML illisible : Nested mappings are not allowed in compact mappings"
    `);
  });
});
