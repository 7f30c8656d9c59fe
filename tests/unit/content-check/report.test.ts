import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFixture } from './check-fixture.ts';

describe('one run of the checker', () => {
  const { root, problems, report } = checkFixture('many-problems');

  it('reports the problems of several files and several fields at once', () => {
    expect(problems).toHaveLength(9);
    expect(new Set(problems.map((p) => p.file)).size).toBe(4);
    expect(new Set(problems.map((p) => `${p.file} ${p.field}`)).size).toBe(9);
    expect(report).toMatchInlineSnapshot(`
      "9 problèmes dans le contenu :
        - content/academies.yaml:6 — champ « exemple.contacts.0.telephone » : « 05 56 00 » n'est pas un numéro de téléphone français : dix chiffres commençant par 0, par exemple « 05 56 00 00 00 ».
        - content/etablissements/lycee-nord.yaml:2 — champ « uai » : UAI « 0240001A » : la lettre de contrôle devrait être « W ». Vérifiez le numéro dans l'annuaire de l'éducation.
        - content/etablissements/lycee-nord.yaml:7 — champ « telephone » : « 05 53 00 00 » n'est pas un numéro de téléphone français : dix chiffres commençant par 0, par exemple « 05 56 00 00 00 ».
        - content/etablissements/lycee-nord.yaml:5 — champ « commune » : « TERRASSON » n'est pas une commune du département Dordogne (24). Communes proches : Terrasson-Lavilledieu (24547), Meyrals (24268), Verdon (24570). Écrivez le nom officiel ou ajoutez \`code_insee\`.
        - content/etablissements/lycee-sud.yaml:5 — champ « date_maj » : date illisible (« 14 janvier 2020 ») : écrivez-la AAAA-MM-JJ, par exemple 2020-01-14.
        - content/etablissements/lycee-sud.yaml:7 — champ « site » : champ inconnu « site » : vérifiez l'orthographe ou supprimez-le.
        - content/fiches/accueil.md:2 — champ « champ » : champ inconnu : choisissez « prevention », « intervention » ou « remediation ».
        - content/fiches/accueil.md:7 — champ « objectifs.1 » : un point de la liste est vide : supprimez-le ou complétez-le.
        - content/fiches/accueil.md:9 — champ « voir_aussi.0 » : « fiche-absente » n'existe pas : l'identifiant doit être le nom d'un fichier de content/fiches/, sans extension."
    `);
  });

  it('points each problem to the line of its field', () => {
    const lineOf = (file: string, line: number | undefined) => readFileSync(path.join(root, file), 'utf8').split('\n')[line! - 1]?.trim();
    expect(problems.map((p) => `${p.field} → ${lineOf(p.file, p.line)}`)).toMatchInlineSnapshot(`
      [
        "exemple.contacts.0.telephone → telephone: 05 56 00",
        "uai → uai: 0240001A",
        "telephone → telephone: 05 53 00 00",
        "commune → commune: TERRASSON",
        "date_maj → date_maj: 14 janvier 2020",
        "site → site: https://lycee-sud.exemple.fr",
        "champ → champ: decrochage",
        "objectifs.1 → - """,
        "voir_aussi.0 → voir_aussi: [fiche-absente]",
      ]
    `);
  });

  it('names the entry of a field in a file that holds several entries', () => {
    expect(problems[0]).toMatchObject({ file: 'content/academies.yaml', field: 'exemple.contacts.0.telephone' });
  });
});
