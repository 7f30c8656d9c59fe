/** The lettres de la MLDS: what an item may cite, the free items, one number per issue and académie. */
import { describe, expect, it } from 'vitest';
import { checkFixture } from './check-fixture.ts';

describe('a lettre', () => {
  it('says, for each item and for a script in the editorial, what is wrong and how to fix it, with its file, line and field', () => {
    const { report } = checkFixture('lettre-elements');
    expect(report).toMatchInlineSnapshot(`
      "10 problèmes dans le contenu :
        - content/lettres/exemple-2031-01-10-erreurs.md:3 — champ « numero » : numéro : un nombre entier, sans « n° », par exemple 3.
        - content/lettres/exemple-2031-01-10-erreurs.md:10 — champ « sections.0.elements.0.action » : « inconnue » n'existe pas : l'identifiant doit être le nom d'un fichier de content/actions/, sans extension.
        - content/lettres/exemple-2031-01-10-erreurs.md:9 — champ « sections.0.elements.0.fiche » : un élément cite une seule entrée, celui-ci en cite 2 (\`action\`, \`fiche\`) : faites-en 2 éléments, un par entrée.
        - content/lettres/exemple-2031-01-10-erreurs.md:12 — champ « sections.0.elements.1.titre » : un élément qui cite une entrée (\`fiche\`) prend son titre : supprimez \`titre\`, et écrivez votre mot sur elle dans \`texte\`.
        - content/lettres/exemple-2031-01-10-erreurs.md:13 — champ « sections.0.elements.2.texte » : champ obligatoire manquant : un élément libre a un \`titre\` et un \`texte\` (ou bien il cite une entrée du site : \`action\`, \`fiche\`, \`ressource\`, \`dispositif\` ou \`edition\`).
        - content/lettres/exemple-2031-01-10-erreurs.md:14 — champ « sections.0.elements.3 » : élément vide : citez une entrée du site (\`action\`, \`fiche\`, \`ressource\`, \`dispositif\` ou \`edition\`), ou écrivez un élément libre avec \`titre\` et \`texte\` (et un \`lien\` si besoin).
        - content/lettres/exemple-2031-01-10-erreurs.md:17 — champ « sections.0.elements.4.lien » : adresse « http: » refusée ici : écrivez l’adresse sécurisée, qui commence par « https:// » (la plupart des sites y répondent).
        - content/lettres/exemple-2031-01-10-erreurs.md:18 — champ « sections.0.elements.5.ressource » : « inconnue » n'existe pas : l'identifiant doit être le nom d'un fichier de content/ressources/, sans extension.
        - content/lettres/exemple-2031-01-10-erreurs.md:20 — champ « sections.1.elements » : rubrique sans élément : ajoutez-en au moins un, ou supprimez la rubrique.
        - content/lettres/exemple-2031-01-10-erreurs.md:26 : « <script> » — un script ne peut pas s’exécuter depuis le contenu : retirez la balise."
    `);
  });

  it('has one number per issue in its académie, in the order of the dates; an issue without a number is compared to none', () => {
    const { ids, report } = checkFixture('lettres-numeros');
    expect(ids).toContain('lettres/exemple-2031-02-01-sans-numero');
    expect(report).toMatchInlineSnapshot(`
      "2 problèmes dans le contenu :
        - content/lettres/exemple-2031-01-20-meme-numero.md:3 — champ « numero » : la lettre n° 1 de l'académie « exemple » existe déjà (content/lettres/exemple-2031-01-10-premiere.md) : un numéro par lettre, donnez à celle-ci le numéro suivant.
        - content/lettres/exemple-2030-12-01-numero-suivant-plus-tot.md:4 — champ « date » : la lettre n° 2 est datée du 2030-12-01, avant la n° 1 (2031-01-10, content/lettres/exemple-2031-01-10-premiere.md) : corrigez la date ou le numéro."
    `);
  });
});
