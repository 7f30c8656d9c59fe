/**
 * What a hostile or careless contributor may write, and the French message that
 * refuses it, with the file, the line and the field (issue « Contributed content
 * can run nothing, hide nothing and lose nothing »).
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/integrations/content-check/index.ts';
import { formatReport } from '../../../src/integrations/content-check/problem.ts';
import { checkFixture, materialiseFixtureInto, parsedOf } from './check-fixture.ts';

describe('files a collection would publish', () => {
  it('checks a file whose name starts with « _ » (published, not a draft) and reports a hidden one', () => {
    const { ids, report } = checkFixture('draft-file');
    expect(ids).not.toContain('fiches/_brouillon');
    expect(report).toMatchInlineSnapshot(`
      "2 problèmes dans le contenu :
        - content/fiches/.cachee.md : fichier caché : il ne serait pas publié. Supprimez-le, ou renommez-le sans le point initial.
        - content/fiches/_brouillon.md : « _brouillon.md » : un nom qui commence par « _ » ne fait pas un brouillon, le fichier serait publié. Un brouillon reste dans votre branche ou votre demande de fusion ; nommez le fichier en minuscules, chiffres et tirets."
    `);
  });

  describe('a symbolic link', () => {
    const root = mkdtempSync(join(tmpdir(), 'lien-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('is refused: it would publish the file it points to', () => {
      materialiseFixtureInto('valid', root);
      symlinkSync('/etc/hostname', join(root, 'content/fiches/hote.md'));
      const { problems } = checkContent(root);
      expect(formatReport(problems)).toMatchInlineSnapshot(`
        "1 problème dans le contenu :
          - content/fiches/hote.md : lien symbolique refusé : il publierait le fichier vers lequel il pointe. Remplacez-le par le fichier lui-même."
      `);
    });
  });
});

describe('addresses', () => {
  it('accepts only https:, http: (and mailto: where an e-mail fits) in every URL field, whatever the case or the spaces', () => {
    expect(checkFixture('unsafe-url-fields').report).toMatchInlineSnapshot(`
      "4 problèmes dans le contenu :
        - content/etablissements/lycee-exemple.yaml:12 — champ « site_web » : adresse « javascript: » refusée : seules les adresses qui commencent par « https:// » ou « http:// » sont acceptées.
        - content/fiches/mlds-paps.md:11 — champ « textes_reference.0.url » : adresse web incomplète : elle commence par « https:// » ou « http:// », par exemple « https://www.education.gouv.fr/ ».
        - content/sources.yaml:5 — champ « guide-exemple.url » : adresse web avec une espace : retirez les espaces (une adresse n'en contient pas).
        - content/sources.yaml:9 — champ « autre-guide.url » : adresse « file: » refusée : seules les adresses qui commencent par « https:// » ou « http:// » sont acceptées."
    `);
  });

  it('takes a path to a file only when it is one of public/, and never another host', () => {
    const { ids, report } = checkFixture('file-paths');
    expect(ids).toContain('ressources/present');
    expect(report).toMatchInlineSnapshot(`
      "4 problèmes dans le contenu :
        - content/ressources/autre-hote.md:6 — champ « fichier » : « //autre-site.example/x.pdf » n'est pas un chemin du site : il commence par une seule « / », par exemple « /images/contenu/affiche.pdf ».
        - content/ressources/barre-inverse.md:6 — champ « fichier » : « /\\autre-site.example/x.pdf » n'est pas un chemin du site : il commence par une seule « / », par exemple « /images/contenu/affiche.pdf ».
        - content/ressources/remonte.md:6 — champ « fichier » : « /images/../../package.json » : un chemin du site n'a ni espace, ni « \\ », ni « .. » ; nommez le fichier en minuscules, chiffres et tirets.
        - content/ressources/absent.md:6 — champ « fichier » : le fichier « /images/contenu/absent.pdf » n'existe pas : ajoutez-le dans public/images/contenu/ (l'éditeur en ligne l'y dépose) et écrivez son chemin, « /images/contenu/nom-du-fichier »."
    `);
  });
});

describe('HTML in Markdown', () => {
  it('refuses style, ping and class attributes', () => {
    expect(checkFixture('unsafe-style-attribute').report).toMatchInlineSnapshot(`
      "3 problèmes dans le contenu :
        - content/fiches/fiche.md:10 : « style= » — l’attribut « style » est refusé : il peut masquer ou recouvrir la page. Le site applique sa propre mise en forme ; pour insister, écrivez en gras, **ainsi**.
        - content/fiches/fiche.md:12 : « ping= » — l’attribut « ping » est refusé : il signalerait chaque clic à un autre site. Retirez-le.
        - content/fiches/fiche.md:12 : « class= » — l’attribut « class » est refusé : il reprendrait la mise en forme du site ailleurs qu’à sa place. Retirez-le."
    `);
  });

  it('refuses images of other hosts, srcset, <video> and <audio>, and says to use the media folder', () => {
    expect(checkFixture('third-party-resources').report).toMatchInlineSnapshot(`
      "6 problèmes dans le contenu :
        - content/fiches/fiche.md:8 : « image https://autre-site.example/logo.png » — image d’un autre site : elle ne s'afficherait pas, la politique de sécurité du site la bloque. Enregistrez l'image dans le dossier des médias (public/images/contenu/) et écrivez ![description](/images/contenu/nom-du-fichier.png).
        - content/fiches/fiche.md:10 : « <img src="//autre-site.example/pixel.gif"> » — image d’un autre site : elle ne s'afficherait pas, la politique de sécurité du site la bloque. Enregistrez l'image dans le dossier des médias (public/images/contenu/) et écrivez ![description](/images/contenu/nom-du-fichier.png).
        - content/fiches/fiche.md:12 : « srcset= » — l’attribut « srcset » est refusé : une image vient d’un seul fichier du site, ![description](/images/contenu/nom.png).
        - content/fiches/fiche.md:14 : « <video> » — média embarqué, refusé : la politique de sécurité du site bloque les fichiers d’autres sites. Mettez un lien vers la vidéo ou le son, [titre](https://…).
        - content/fiches/fiche.md:16 : « <audio> » — média embarqué, refusé : la politique de sécurité du site bloque les fichiers d’autres sites. Mettez un lien vers la vidéo ou le son, [titre](https://…).
        - content/fiches/fiche.md:20 : « image https://autre-site.example/affiche.png » — image d’un autre site : elle ne s'afficherait pas, la politique de sécurité du site la bloque. Enregistrez l'image dans le dossier des médias (public/images/contenu/) et écrivez ![description](/images/contenu/nom-du-fichier.png)."
    `);
  });
});

describe('bytes that are not text', () => {
  it('refuses control characters and bidirectional overrides, with the field when it is one', () => {
    expect(checkFixture('control-characters').report).toMatchInlineSnapshot(`
      "3 problèmes dans le contenu :
        - content/etablissements/lycee-exemple.yaml:1 — champ « nom » : caractère invisible U+0001 : supprimez-le (il vient souvent d'un copier-coller ; dans l'éditeur, effacez et retapez les lettres autour).
        - content/fiches/mlds-paps.md:12 : caractère invisible U+0085 : supprimez-le (il vient souvent d'un copier-coller ; dans l'éditeur, effacez et retapez les lettres autour).
        - content/fiches/mlds-paps.md:12 : caractère invisible U+202E : supprimez-le (il vient souvent d'un copier-coller ; dans l'éditeur, effacez et retapez les lettres autour)."
    `);
  });

  it('refuses a file that is not UTF-8 and shows the line as Latin-1 would read it', () => {
    const { ids, report } = checkFixture('latin-1');
    expect(ids).not.toContain('dispositifs/paps-lycee-exemple');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/dispositifs/paps-lycee-exemple.md:8 : le fichier n'est pas enregistré en UTF-8 (cette ligne se lirait « - avoir quitté le lycée sans diplôme » en Latin-1) : enregistrez-le en UTF-8 (« Enregistrer sous », codage « UTF-8 »), sinon les lettres accentuées s'afficheraient « � »."
    `);
  });
});

describe('careless mistakes', () => {
  it('explains tabs, duplicate keys, « : » in a value, a date in a text field, an impossible day, an empty file, a folder, an unknown collection', () => {
    const { ids, report } = checkFixture('careless-mistakes');
    // lycee-exemple is unreadable: the dispositif that points to it is not also told it « n'existe pas ».
    expect(ids).toContain('dispositifs/paps-lycee-exemple');
    expect(report).toMatchInlineSnapshot(`
      "8 problèmes dans le contenu :
        - content/etablissements/cle-double.yaml:11 : le champ « nom » est écrit deux fois : gardez-en un seul.
        - content/etablissements/deux-points.yaml:1 : la valeur contient « : » suivi d'une espace, que YAML lit comme un nouveau champ : mettez toute la valeur entre guillemets : nom: "LP: Lycée Exemple".
        - content/etablissements/lycee-exemple.yaml:5 : une tabulation sert de retrait : YAML ne les accepte pas, remplacez-la par des espaces.
        - content/fiches/archives/ancienne.md : dossier « archives » dans une collection : ses fichiers ne seraient pas publiés. Mettez-les directement dans le dossier de la collection, ou supprimez le dossier.
        - content/fiches/vide.md : fichier vide : il commence par un en-tête (« --- », les champs, « --- ») puis le texte. Copiez un fichier voisin pour partir d’un modèle.
        - content/lettre : « lettre » n'appartient à aucune collection et ne serait pas publié : déplacez-le dans le bon dossier (academies.yaml, etablissements, dispositifs, fiches, actions, editions, bulletins, ressources, lettres, glossaire.yaml, mots-courants.yaml, sources.yaml, traductions) ou supprimez-le.
        - content/etablissements/date-dans-texte.yaml:5 — champ « adresse » : YAML lit « 2020-01-14 » comme une date, et ce champ attend du texte : mettez la valeur entre guillemets, "2020-01-14".
        - content/etablissements/date-impossible.yaml:10 — champ « date_maj » : le 30 février 2025 n'existe pas (« 2025-02-30 ») : février 2025 a 28 jours, vérifiez le jour et le mois."
    `);
  });

  it('reads a byte order mark, spaces after « --- » and Windows line ends as Astro does', () => {
    const { problems, entries } = checkFixture('bom-and-spaces');
    expect(problems).toEqual([]);
    expect(parsedOf(entries, 'fiches', 'mlds-paps')['titre']).toBe('Pôle d’accompagnement à la persévérance scolaire');
  });

  it('asks for acronyms only, not for words in capitals (ATTENTION, IMPORTANTE) nor Roman numerals, and gives the line', () => {
    expect(checkFixture('capitals-for-emphasis').report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/fiches/mlds-paps.md:14 : le sigle « ZZQ » n'est pas dans le glossaire : ajoutez dans content/glossaire.yaml une entrée « ZZQ: » avec sa définition. Si c'est un mot écrit en capitales pour insister, écrivez-le en minuscules (ou en gras, **ainsi**)."
    `);
  });
});
