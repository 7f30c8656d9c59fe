/** Raw HTML in Markdown that could run code, and MDX imports outside the allowlist, fail the build with a message an editor can act on. */
import { describe, expect, it } from 'vitest';
import { checkFixture } from './check-fixture.ts';

describe('unsafe Markdown', () => {
  it('lets harmless formatting through: <br>, <strong>, <em>, <sup>, <abbr title>, links and images', () => {
    const { ids, problems } = checkFixture('unsafe-harmless');
    expect(problems).toEqual([]);
    expect(ids).toContain('fiches/fiche');
  });

  it('refuses a <script> element', () => {
    expect(checkFixture('unsafe-script').report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/fiches/fiche.md:10 : « <script> » — un script ne peut pas s’exécuter depuis le contenu : retirez la balise."
    `);
  });

  it('refuses an <iframe>', () => {
    expect(checkFixture('unsafe-iframe').report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/fiches/fiche.md:8 : « <iframe> » — contenu embarqué, refusé : mettez plutôt un lien vers la page, [titre](https://…)."
    `);
  });

  it('refuses an <object>', () => {
    expect(checkFixture('unsafe-object').report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/fiches/fiche.md:8 : « <object> » — contenu embarqué, refusé : mettez plutôt un lien vers la page, [titre](https://…)."
    `);
  });

  it('refuses an <embed>', () => {
    expect(checkFixture('unsafe-embed').report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/fiches/fiche.md:8 : « <embed> » — contenu embarqué, refusé : mettez plutôt un lien vers la page, [titre](https://…)."
    `);
  });

  it('refuses a <style> sheet', () => {
    expect(checkFixture('unsafe-style').report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/fiches/fiche.md:8 : « <style> » — feuille de style refusée : retirez la balise, le site applique sa propre mise en forme."
    `);
  });

  it('refuses a <form>', () => {
    expect(checkFixture('unsafe-form').report).toMatchInlineSnapshot(`
      "2 problèmes dans le contenu :
        - content/fiches/fiche.md:8 : « <form> » — formulaire refusé : mettez plutôt un lien vers le formulaire en ligne, [titre](https://…).
        - content/fiches/fiche.md:8 : « <input> » — champ de formulaire refusé : mettez plutôt un lien vers le formulaire en ligne, [titre](https://…)."
    `);
  });

  it('refuses on* attributes, whatever their case', () => {
    expect(checkFixture('unsafe-event-attribute').report).toMatchInlineSnapshot(`
      "2 problèmes dans le contenu :
        - content/fiches/fiche.md:8 : « onclick= » — l’attribut « onclick » exécute du code : retirez-le.
        - content/fiches/fiche.md:8 : « onerror= » — l’attribut « onerror » exécute du code : retirez-le."
    `);
  });

  it('refuses a javascript: URL in an HTML attribute, even split by an encoded tab', () => {
    expect(checkFixture('unsafe-javascript-url-html').report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/fiches/fiche.md:8 : « javascript: (attribut « href ») » — adresse « javascript: » refusée : un lien commence par https:// (ou http://), mailto: pour un courriel, tel: pour un téléphone, ou c'est un chemin du site (/fiches/…)."
    `);
  });

  it('refuses javascript: and vbscript: in Markdown links, autolinks and link references', () => {
    expect(checkFixture('unsafe-javascript-url-markdown').report).toMatchInlineSnapshot(`
      "3 problèmes dans le contenu :
        - content/fiches/fiche.md:8 : « javascript: (lien Markdown) » — adresse « javascript: » refusée : un lien commence par https:// (ou http://), mailto: pour un courriel, tel: pour un téléphone, ou c'est un chemin du site (/fiches/…).
        - content/fiches/fiche.md:8 : « vbscript: (lien Markdown) » — adresse « vbscript: » refusée : un lien commence par https:// (ou http://), mailto: pour un courriel, tel: pour un téléphone, ou c'est un chemin du site (/fiches/…).
        - content/fiches/fiche.md:10 : « javascript: (référence de lien Markdown) » — adresse « javascript: » refusée : un lien commence par https:// (ou http://), mailto: pour un courriel, tel: pour un téléphone, ou c'est un chemin du site (/fiches/…)."
    `);
  });

  it('refuses data: links and images written into the text', () => {
    expect(checkFixture('unsafe-data-url').report).toMatchInlineSnapshot(`
      "3 problèmes dans le contenu :
        - content/fiches/fiche.md:8 : « image data:image/png;base64,iVBORw0KGgo= » — image écrite dans le texte (« data: ») : elle ne s'afficherait pas, la politique de sécurité du site la bloque. Enregistrez l'image dans le dossier des médias (public/images/contenu/) et écrivez ![description](/images/contenu/nom-du-fichier.png).
        - content/fiches/fiche.md:8 : « data: (lien Markdown) » — adresse « data: » refusée : un lien commence par https:// (ou http://), mailto: pour un courriel, tel: pour un téléphone, ou c'est un chemin du site (/fiches/…).
        - content/fiches/fiche.md:8 : « <img src="data:image/svg+xml,<svg/>"> » — image écrite dans le texte (« data: ») : elle ne s'afficherait pas, la politique de sécurité du site la bloque. Enregistrez l'image dans le dossier des médias (public/images/contenu/) et écrivez ![description](/images/contenu/nom-du-fichier.png)."
    `);
  });

  it('refuses <link>, <meta> and <base>', () => {
    expect(checkFixture('unsafe-head-tags').report).toMatchInlineSnapshot(`
      "3 problèmes dans le contenu :
        - content/fiches/fiche.md:8 : « <link> » — balise d’en-tête de page, refusée : retirez-la.
        - content/fiches/fiche.md:9 : « <meta> » — balise d’en-tête de page, refusée : retirez-la.
        - content/fiches/fiche.md:10 : « <base> » — balise d’en-tête de page, refusée : retirez-la."
    `);
  });

  it('refuses srcdoc', () => {
    expect(checkFixture('unsafe-srcdoc').report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/fiches/fiche.md:8 : « <iframe> » — contenu embarqué, refusé : mettez plutôt un lien vers la page, [titre](https://…)."
    `);
  });
});
