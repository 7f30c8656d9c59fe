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
      "1 problème dans le contenu :
        - content/fiches/fiche.md:8 : « <form> » — formulaire refusé : mettez plutôt un lien vers le formulaire en ligne, [titre](https://…)."
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
        - content/fiches/fiche.md:8 : « javascript: (attribut « href ») » — adresse « javascript: » refusée, elle exécuterait du code : donnez une adresse https:// ou un chemin du site."
    `);
  });

  it('refuses javascript: and vbscript: in Markdown links, autolinks and link references', () => {
    expect(checkFixture('unsafe-javascript-url-markdown').report).toMatchInlineSnapshot(`
      "3 problèmes dans le contenu :
        - content/fiches/fiche.md:8 : « javascript: (lien Markdown) » — adresse « javascript: » refusée, elle exécuterait du code : donnez une adresse https:// ou un chemin du site.
        - content/fiches/fiche.md:8 : « vbscript: (lien Markdown) » — adresse « vbscript: » refusée, elle exécuterait du code : donnez une adresse https:// ou un chemin du site.
        - content/fiches/fiche.md:10 : « javascript: (référence de lien Markdown) » — adresse « javascript: » refusée, elle exécuterait du code : donnez une adresse https:// ou un chemin du site."
    `);
  });

  it('refuses data: URLs except raster images', () => {
    expect(checkFixture('unsafe-data-url').report).toMatchInlineSnapshot(`
      "2 problèmes dans le contenu :
        - content/fiches/fiche.md:8 : « data: (lien Markdown) » — adresse « data: » refusée (seules les images PNG, JPEG, GIF, WebP ou AVIF sont admises) : mettez le fichier dans public/ ou donnez une adresse https://.
        - content/fiches/fiche.md:8 : « data: (attribut « src ») » — adresse « data: » refusée (seules les images PNG, JPEG, GIF, WebP ou AVIF sont admises) : mettez le fichier dans public/ ou donnez une adresse https://."
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
      "2 problèmes dans le contenu :
        - content/fiches/fiche.md:8 : « <iframe> » — contenu embarqué, refusé : mettez plutôt un lien vers la page, [titre](https://…).
        - content/fiches/fiche.md:8 : « srcdoc= » — l’attribut « srcdoc » embarque une page : retirez-le."
    `);
  });

  it('lets an MDX page import from src/components/mdx/ only, and export nothing', () => {
    expect(checkFixture('unsafe-mdx-import').report).toMatchInlineSnapshot(`
      "3 problèmes dans le contenu :
        - content/fiches/fiche.mdx:9 : « import « node:fs » » — une page MDX n’importe que des composants de src/components/mdx/ : déplacez-y le composant (après relecture) ou retirez l’import.
        - content/fiches/fiche.mdx:10 : « import « ../../src/components/Header.astro » » — une page MDX n’importe que des composants de src/components/mdx/ : déplacez-y le composant (après relecture) ou retirez l’import.
        - content/fiches/fiche.mdx:11 : « export « secret » » — une page MDX n’exporte rien, ce code s’exécuterait à la construction du site : retirez l’export."
    `);
  });
});
