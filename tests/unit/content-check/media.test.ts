/**
 * The media folder (public/images/contenu/, where the CMS uploads): only images
 * and documents, whose bytes are what their extension says, with names fit for
 * a URL, light enough for a phone, and SVGs that are only drawings. The fixture
 * files are synthetic: tests/fixtures/media/<scenario>/public/images/contenu/.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMedia } from '../../../src/integrations/content-check/media.ts';
import { formatProblem, formatReport } from '../../../src/integrations/content-check/problem.ts';
import { MAX_MEDIA_BYTES, MEDIA_FOLDER } from '../../../src/lib/media/formats.ts';
import { findUnsafeSvg } from '../../../src/lib/media/svg-safety.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/media');

/** The report an editor reads for one scenario. */
const report = (scenario: string) => formatReport(checkMedia(join(FIXTURES, scenario)));

/** The problems of the SVG files of the `svg` scenario named `files`, one line each. */
const svgProblems = (...files: string[]) =>
  checkMedia(join(FIXTURES, 'svg'))
    .filter((p) => files.some((f) => p.file === `${MEDIA_FOLDER}/${f}`))
    .map(formatProblem)
    .join('\n');

/** Sites built in a temporary folder, for what git should not hold: big files, links. */
const temporary: string[] = [];
function site(files: Record<string, Buffer | number>) {
  const root = mkdtempSync(join(tmpdir(), 'media-'));
  temporary.push(root);
  mkdirSync(join(root, MEDIA_FOLDER), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, MEDIA_FOLDER, name);
    if (typeof content === 'number') {
      // A sparse file: its size without its bytes on disk.
      writeFileSync(path, name.endsWith('.png') ? Buffer.from('89504e470d0a1a0a', 'hex') : '%PDF-1.7\n');
      truncateSync(path, content);
    } else writeFileSync(path, content);
  }
  return root;
}
afterAll(() => temporary.forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('media files', () => {
  it('accepts images and documents whose bytes match their extension, in well-named subfolders', () => {
    expect(readdirSync(join(FIXTURES, 'valid', MEDIA_FOLDER), { recursive: true }).sort()).toMatchInlineSnapshot(`
      [
        ".gitkeep",
        "2027",
        "2027/affiche.jpeg",
        "anim.gif",
        "bandeau.webp",
        "bibliotheque-vide.odt",
        "carte.avif",
        "guide.pdf",
        "logo.svg",
        "modele.docx",
        "modele.odt",
        "photo-classe.jpg",
        "photo.png",
        "pictogramme.svg",
        "tableau.ods",
        "tableau.xlsx",
      ]
    `);
    expect(checkMedia(join(FIXTURES, 'valid'))).toEqual([]);
  });

  it('has nothing to say when there is no media folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'media-'));
    temporary.push(root);
    expect(checkMedia(root)).toEqual([]);
  });

  it('refuses what a page can neither show nor offer, and says what to do instead', () => {
    expect(report('types')).toMatchInlineSnapshot(`
      "9 problèmes dans le contenu :
        - public/images/contenu/ancien.doc : type de fichier refusé (.doc) : convertissez-le en PDF (ou, pour un modèle à remplir, enregistrez-le en .docx, .xlsx, .odt ou .ods, sans macros). Types admis : .png, .jpg, .jpeg, .gif, .webp, .avif, .svg, .pdf, .odt, .ods, .docx et .xlsx.
        - public/images/contenu/archive.zip : type de fichier refusé (.zip) : une archive ou un programme ne se publie pas : retirez-le, et déposez chaque document en PDF. Types admis : .png, .jpg, .jpeg, .gif, .webp, .avif, .svg, .pdf, .odt, .ods, .docx et .xlsx.
        - public/images/contenu/donnees.xyz : type de fichier refusé (.xyz) : retirez-le, ou convertissez-le en PDF (document) ou en PNG, JPEG ou WebP (image). Types admis : .png, .jpg, .jpeg, .gif, .webp, .avif, .svg, .pdf, .odt, .ods, .docx et .xlsx.
        - public/images/contenu/notes : fichier sans extension : ajoutez l’extension qui correspond à son contenu (.pdf, .png…), ou retirez-le. Types admis : .png, .jpg, .jpeg, .gif, .webp, .avif, .svg, .pdf, .odt, .ods, .docx et .xlsx.
        - public/images/contenu/page.html : type de fichier refusé (.html) : une page web ou un programme serait publié à l’adresse du site. Mettez plutôt un lien vers la page (https://…), ou convertissez-la en PDF. Types admis : .png, .jpg, .jpeg, .gif, .webp, .avif, .svg, .pdf, .odt, .ods, .docx et .xlsx.
        - public/images/contenu/photo.heic : type de fichier refusé (.heic) : les navigateurs ne l’affichent pas tous : convertissez l’image en JPEG, PNG ou WebP (ou en SVG pour un logo). Types admis : .png, .jpg, .jpeg, .gif, .webp, .avif, .svg, .pdf, .odt, .ods, .docx et .xlsx.
        - public/images/contenu/script.js : type de fichier refusé (.js) : un script, une feuille de style ou des données ne viennent pas du contenu. Retirez le fichier ; si le site en a besoin, un mainteneur l’ajoute au code. Types admis : .png, .jpg, .jpeg, .gif, .webp, .avif, .svg, .pdf, .odt, .ods, .docx et .xlsx.
        - public/images/contenu/style.css : type de fichier refusé (.css) : un script, une feuille de style ou des données ne viennent pas du contenu. Retirez le fichier ; si le site en a besoin, un mainteneur l’ajoute au code. Types admis : .png, .jpg, .jpeg, .gif, .webp, .avif, .svg, .pdf, .odt, .ods, .docx et .xlsx.
        - public/images/contenu/video.mp4 : type de fichier refusé (.mp4) : les vidéos et les sons ne sont pas hébergés sur le site : déposez-les sur une plateforme de vidéo ou de podcast et mettez un lien vers la page. Types admis : .png, .jpg, .jpeg, .gif, .webp, .avif, .svg, .pdf, .odt, .ods, .docx et .xlsx."
    `);
  });

  it('refuses a file whose bytes are not what its extension says, and names the right extension when there is one', () => {
    expect(report('bytes')).toMatchInlineSnapshot(`
      "9 problèmes dans le contenu :
        - public/images/contenu/archive.docx : le contenu ne correspond pas à l’extension .docx : c’est une archive ZIP, pas un document Word (DOCX). Exportez-le de nouveau en DOCX depuis le logiciel d’origine, ou retirez-le.
        - public/images/contenu/fausse-image.png : le contenu ne correspond pas à l’extension .png : c’est une page HTML, pas une image PNG. Exportez-le de nouveau en PNG depuis le logiciel d’origine, ou retirez-le.
        - public/images/contenu/guide.pdf : le contenu ne correspond pas à l’extension .pdf : c’est du texte (un script, des données ?), pas un document PDF. Exportez-le de nouveau en PDF depuis le logiciel d’origine, ou retirez-le.
        - public/images/contenu/iphone.jpg : le contenu ne correspond pas à l’extension .jpg : c’est une image HEIC (format des iPhone), pas une image JPEG. Exportez-le de nouveau en JPG depuis le logiciel d’origine, ou retirez-le.
        - public/images/contenu/logo.svg : le contenu ne correspond pas à l’extension .svg : c’est une image PNG, pas une image SVG. Renommez-le en « logo.png ».
        - public/images/contenu/photo.png : le contenu ne correspond pas à l’extension .png : c’est une image JPEG, pas une image PNG. Renommez-le en « photo.jpg ».
        - public/images/contenu/presentation.odt : le contenu ne correspond pas à l’extension .odt : c’est une présentation OpenDocument (ODP), pas un texte OpenDocument (ODT). Exportez-le de nouveau en ODT depuis le logiciel d’origine, ou retirez-le.
        - public/images/contenu/programme.jpg : le contenu ne correspond pas à l’extension .jpg : c’est un programme, pas une image JPEG. Exportez-le de nouveau en JPG depuis le logiciel d’origine, ou retirez-le.
        - public/images/contenu/tableau.docx : le contenu ne correspond pas à l’extension .docx : c’est un classeur Excel (XLSX), pas un document Word (DOCX). Renommez-le en « tableau.xlsx »."
    `);
  });

  it('refuses office documents that carry macros', () => {
    expect(report('macros')).toMatchInlineSnapshot(`
      "2 problèmes dans le contenu :
        - public/images/contenu/macro.docx : le document contient des macros (« word/vbaProject.bin »), du code qui s’exécuterait à l’ouverture : enregistrez-le sans macros, ou en PDF.
        - public/images/contenu/macro.odt : le document contient des macros (« Basic/Standard/Module1.xml »), du code qui s’exécuterait à l’ouverture : enregistrez-le sans macros, ou en PDF."
    `);
  });

  it('refuses names that would make poor addresses, and hidden files and folders', () => {
    expect(report('names')).toMatchInlineSnapshot(`
      "8 problèmes dans le contenu :
        - public/images/contenu/.cache : dossier caché refusé : il serait publié sans que les relecteurs le voient. Retirez-le.
        - public/images/contenu/.htaccess : fichier caché « .htaccess » refusé : il serait publié sans que les relecteurs le voient (par exemple un .htaccess, qui configure le serveur). Retirez-le.
        - public/images/contenu/.user.ini : fichier caché « .user.ini » refusé : il serait publié sans que les relecteurs le voient (par exemple un .htaccess, qui configure le serveur). Retirez-le.
        - public/images/contenu/Logo.PNG : nom de fichier « Logo.PNG » : utilisez des minuscules sans accents, des chiffres et des tirets, avec une seule extension (il devient l’adresse du fichier), par exemple « logo.png ». Mettez à jour les pages qui y renvoient.
        - public/images/contenu/Mes Photos : nom de dossier « Mes Photos » : utilisez des minuscules sans accents, des chiffres et des tirets (il devient une partie de l’adresse des fichiers), par exemple « mes-photos ».
        - public/images/contenu/Photo Été.png : nom de fichier « Photo Été.png » : utilisez des minuscules sans accents, des chiffres et des tirets, avec une seule extension (il devient l’adresse du fichier), par exemple « photo-ete.png ». Mettez à jour les pages qui y renvoient.
        - public/images/contenu/_brouillon.png : nom de fichier « _brouillon.png » : utilisez des minuscules sans accents, des chiffres et des tirets, avec une seule extension (il devient l’adresse du fichier), par exemple « brouillon.png ». Mettez à jour les pages qui y renvoient.
        - public/images/contenu/photo.final.png : nom de fichier « photo.final.png » : utilisez des minuscules sans accents, des chiffres et des tirets, avec une seule extension (il devient l’adresse du fichier), par exemple « photo-final.png ». Mettez à jour les pages qui y renvoient."
    `);
  });

  it('refuses a file over the size limit, with its size in Mo', () => {
    const root = site({
      'affiche.png': MAX_MEDIA_BYTES + 1.5 * 1024 * 1024,
      'rapport.pdf': 25 * 1024 * 1024,
      'juste.pdf': MAX_MEDIA_BYTES,
    });
    expect(formatReport(checkMedia(root))).toMatchInlineSnapshot(`
      "2 problèmes dans le contenu :
        - public/images/contenu/affiche.png : fichier trop lourd : 11,5 Mo, pour 10 Mo au plus (les pages doivent rester légères sur un téléphone modeste). Réduisez l’image (2 000 pixels de large suffisent) et enregistrez-la en JPEG ou en WebP.
        - public/images/contenu/rapport.pdf : fichier trop lourd : 25 Mo, pour 10 Mo au plus (les pages doivent rester légères sur un téléphone modeste). Réduisez le document (PDF : « taille de fichier réduite » à l’export) ou découpez-le."
    `);
  });

  it('refuses a symbolic link, which would publish a file from elsewhere', () => {
    const root = site({});
    symlinkSync('../../../package.json', join(root, MEDIA_FOLDER, 'logo.png'));
    expect(formatReport(checkMedia(root))).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - public/images/contenu/logo.png : lien symbolique refusé : il publierait un fichier pris ailleurs sur la machine qui construit le site. Remplacez-le par le fichier lui-même."
    `);
  });
});

describe('SVG files', () => {
  it('accepts a drawing with gradients, filters, <use href="#…">, style attributes, an embedded PNG and an animation', () => {
    expect(findUnsafeSvg(readFileSync(join(FIXTURES, 'valid', MEDIA_FOLDER, 'logo.svg')))).toEqual([]);
  });

  it('refuses every attack of the fixtures', () => {
    const files = readdirSync(join(FIXTURES, 'svg', MEDIA_FOLDER));
    const refused = new Set(checkMedia(join(FIXTURES, 'svg')).map((p) => p.file.slice(MEDIA_FOLDER.length + 1)));
    expect(files.filter((f) => !refused.has(f))).toEqual([]);
  });

  it('refuses scripts, whatever the prefix, namespace or case', () => {
    expect(svgProblems('script.svg', 'script-prefixe.svg', 'script-xhtml.svg', 'casse.svg')).toMatchInlineSnapshot(`
      "public/images/contenu/casse.svg:2 : « <SCRIPT> » — un script s’exécuterait à l’ouverture de l’image : retirez l’élément.
      public/images/contenu/casse.svg:3 : « onLoad= » — cet attribut exécute du code : retirez-le.
      public/images/contenu/casse.svg:3 : « OnClick= » — cet attribut exécute du code : retirez-le.
      public/images/contenu/script-prefixe.svg:2 : « <svg:script> » — un script s’exécuterait à l’ouverture de l’image : retirez l’élément.
      public/images/contenu/script-xhtml.svg:2 : « <h:script> » — élément hors du SVG (préfixe « h: »), refusé : une image ne contient que du dessin. S’il s’agit des données d’un logiciel de dessin, passez le fichier dans un optimiseur (SVGOMG, ou « Enregistrer une copie → SVG optimisé » dans Inkscape).
      public/images/contenu/script-xhtml.svg:3 : « xmlns="http://www.w3.org/1999/xhtml" » — espace de noms refusé : une image ne contient que du SVG. Retirez-le, ou passez le fichier dans un optimiseur (SVGOMG, ou « Enregistrer une copie → SVG optimisé » dans Inkscape).
      public/images/contenu/script-xhtml.svg:3 : « <script> » — un script s’exécuterait à l’ouverture de l’image : retirez l’élément.
      public/images/contenu/script.svg:3 : « <script> » — un script s’exécuterait à l’ouverture de l’image : retirez l’élément."
    `);
  });

  it('refuses event handlers', () => {
    expect(svgProblems('evenements.svg')).toMatchInlineSnapshot(`
      "public/images/contenu/evenements.svg:1 : « onload= » — cet attribut exécute du code : retirez-le.
      public/images/contenu/evenements.svg:3 : « onmouseover= » — cet attribut exécute du code : retirez-le."
    `);
  });

  it('refuses javascript:, even spelled with character references and tabs', () => {
    expect(svgProblems('javascript-code.svg')).toMatchInlineSnapshot(`
      "public/images/contenu/javascript-code.svg:2 : « javascript: » — adresse qui exécuterait du code (attribut « href ») : retirez-la.
      public/images/contenu/javascript-code.svg:3 : « javascript: » — adresse qui exécuterait du code : retirez-la."
    `);
  });

  it('refuses embedded HTML and links', () => {
    expect(svgProblems('foreign-object.svg', 'lien.svg')).toMatchInlineSnapshot(`
      "public/images/contenu/foreign-object.svg:2 : « <foreignObject> » — il embarque du HTML dans l’image : retirez-le (écrivez le texte avec <text>, ou exportez l’image en PNG).
      public/images/contenu/lien.svg:2 : « <a> » — un lien ne fonctionne pas dans une image : retirez l’élément <a> (gardez son contenu) et mettez le lien dans la page."
    `);
  });

  it('refuses references to other files: <use>, <image>, <feImage>, xml:base, url() in attributes and styles', () => {
    expect(svgProblems('use-externe.svg', 'image-externe.svg', 'fe-image.svg', 'xml-base.svg', 'style-attribut.svg'))
      .toMatchInlineSnapshot(`
      "public/images/contenu/fe-image.svg:2 : « <feImage> » — ce filtre charge une autre image : retirez-le, ou exportez l’image en PNG.
      public/images/contenu/image-externe.svg:2 : « href="https://exemple.invalid/pixel.gif" » — <image> n’admet qu’une image PNG, JPEG, GIF, WebP ou AVIF intégrée au fichier (data:image/…) : une autre adresse chargerait un autre contenu. Intégrez l’image ou exportez le tout en PNG.
      public/images/contenu/image-externe.svg:3 : « href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz…" » — <image> n’admet qu’une image PNG, JPEG, GIF, WebP ou AVIF intégrée au fichier (data:image/…) : une autre adresse chargerait un autre contenu. Intégrez l’image ou exportez le tout en PNG.
      public/images/contenu/style-attribut.svg:2 : « url(https://exemple.invalid/motif.svg#a) » — une image ne peut viser qu’un élément du même fichier, url(#identifiant) : une autre adresse chargerait un fichier. Intégrez l’élément au fichier ou retirez la référence. (2 fois dans le fichier)
      public/images/contenu/style-attribut.svg:3 : « image-set( » — fonction refusée dans une image publiée (elle peut charger un fichier) : retirez-la.
      public/images/contenu/style-attribut.svg:4 : « \\ » — échappement ou commentaire CSS refusé, il peut masquer une adresse : retirez-le.
      public/images/contenu/style-attribut.svg:5 : « --x: red » — déclaration de style illisible ou refusée (propriété personnalisée, texte entre guillemets contenant « ; ») : retirez-la.
      public/images/contenu/use-externe.svg:2 : « href="https://exemple.invalid/sprite.svg#icone" » — un lien d’une image ne peut viser qu’un élément du même fichier (« #identifiant ») : une autre adresse chargerait un autre contenu. Intégrez l’élément au fichier ou retirez l’attribut.
      public/images/contenu/use-externe.svg:3 : « xlink:href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz…" » — un lien d’une image ne peut viser qu’un élément du même fichier (« #identifiant ») : une autre adresse chargerait un autre contenu. Intégrez l’élément au fichier ou retirez l’attribut.
      public/images/contenu/xml-base.svg:2 : « xml:base= » — attribut refusé dans une image publiée : retirez-le, ou passez le fichier dans un optimiseur (SVGOMG, ou « Enregistrer une copie → SVG optimisé » dans Inkscape)."
    `);
  });

  it('accepts url(#id) however it is quoted or cased, and nothing else in url()', () => {
    const svg = (fill: string) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><rect fill="${fill}"/></svg>`);
    for (const fill of ['url(#a)', "url('#a')", "url( '#a' )", 'URL(#a)', 'url(&quot;#a&quot;) #fff'])
      expect(findUnsafeSvg(svg(fill)), fill).toEqual([]);
    for (const fill of ['url(a.svg#a)', 'url(#a) url(//x/)', 'url(data:image/svg+xml,x)', "url('#a' ", 'u&#114;l(//x/)'])
      expect(findUnsafeSvg(svg(fill)), fill).not.toEqual([]);
  });

  it('refuses <style>: presentation attributes say the same without loading anything', () => {
    expect(svgProblems('style.svg')).toMatchInlineSnapshot(
      `"public/images/contenu/style.svg:2 : « <style> » — feuille de style refusée (elle peut charger des adresses) : exportez les styles en attributs de présentation (Illustrator : Options SVG → Styles : Attributs de présentation), ou passez le fichier dans un optimiseur (SVGOMG, ou « Enregistrer une copie → SVG optimisé » dans Inkscape)."`,
    );
  });

  it('refuses what XML could hide: DOCTYPE and entities, instructions, CDATA, unknown references, comments that HTML ends early', () => {
    expect(svgProblems('doctype.svg', 'instruction.svg', 'cdata.svg', 'entite.svg', 'commentaire.svg')).toMatchInlineSnapshot(`
      "public/images/contenu/cdata.svg:2 : « <![CDATA[ » — section CDATA refusée : écrivez le texte directement (avec &lt; et &amp;).
      public/images/contenu/commentaire.svg:2 : « <!-- » — commentaire contenant « < » ou « > », refusé : retirez ces signes ou le commentaire.
      public/images/contenu/doctype.svg:2 : « <!DOCTYPE » — déclaration refusée : elle peut définir des entités qui lisent des fichiers ou saturent le navigateur. Supprimez-la, le dessin n’en a pas besoin.
      public/images/contenu/doctype.svg:3 : « <!ENTITY » — déclaration refusée : elle peut définir des entités qui lisent des fichiers ou saturent le navigateur. Supprimez-la, le dessin n’en a pas besoin.
      public/images/contenu/entite.svg:2 : « &egrave; » — référence inconnue : une image SVG n’utilise que &lt; &gt; &amp; &quot; &apos; et les codes numériques (&#233;) ; écrivez « & » sous la forme &amp;.
      public/images/contenu/instruction.svg:2 : « <?xml-stylesheet » — instruction de traitement refusée (elle peut charger une feuille de style) : retirez-la."
    `);
  });

  it('refuses animations that change a link or a handler', () => {
    expect(svgProblems('animation-lien.svg')).toMatchInlineSnapshot(`
      "public/images/contenu/animation-lien.svg:3 : « attributeName="href" » — une animation ne peut pas changer un lien (elle y placerait une adresse qui exécute du code) : retirez l’animation.
      public/images/contenu/animation-lien.svg:4 : « attributeName="xlink:href" » — une animation ne peut pas changer un lien (elle y placerait une adresse qui exécute du code) : retirez l’animation.
      public/images/contenu/animation-lien.svg:5 : « attributeName="onclick" » — une animation ne peut changer que le dessin (couleurs, positions, formes) : retirez l’animation."
    `);
  });

  it('refuses other namespaces, once per fault, and says how to clean a drawing program’s file', () => {
    expect(svgProblems('inkscape.svg', 'xlink-detourne.svg')).toMatchInlineSnapshot(`
      "public/images/contenu/inkscape.svg:1 : « xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" » — espace de noms refusé : une image ne contient que du SVG. Retirez-le, ou passez le fichier dans un optimiseur (SVGOMG, ou « Enregistrer une copie → SVG optimisé » dans Inkscape).
      public/images/contenu/inkscape.svg:1 : « xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" » — espace de noms refusé : une image ne contient que du SVG. Retirez-le, ou passez le fichier dans un optimiseur (SVGOMG, ou « Enregistrer une copie → SVG optimisé » dans Inkscape).
      public/images/contenu/inkscape.svg:2 : « <sodipodi:namedview> » — élément hors du SVG (préfixe « sodipodi: »), refusé : une image ne contient que du dessin. S’il s’agit des données d’un logiciel de dessin, passez le fichier dans un optimiseur (SVGOMG, ou « Enregistrer une copie → SVG optimisé » dans Inkscape).
      public/images/contenu/inkscape.svg:3 : « inkscape:label= » — attribut refusé dans une image publiée : retirez-le, ou passez le fichier dans un optimiseur (SVGOMG, ou « Enregistrer une copie → SVG optimisé » dans Inkscape).
      public/images/contenu/inkscape.svg:3 : « inkscape:groupmode= » — attribut refusé dans une image publiée : retirez-le, ou passez le fichier dans un optimiseur (SVGOMG, ou « Enregistrer une copie → SVG optimisé » dans Inkscape).
      public/images/contenu/inkscape.svg:4 : « inkscape:connector-curvature= » — attribut refusé dans une image publiée : retirez-le, ou passez le fichier dans un optimiseur (SVGOMG, ou « Enregistrer une copie → SVG optimisé » dans Inkscape). (2 fois dans le fichier)
      public/images/contenu/xlink-detourne.svg:1 : « xmlns:xlink="http://www.w3.org/1999/xhtml" » — espace de noms refusé : une image ne contient que du SVG. Retirez-le, ou passez le fichier dans un optimiseur (SVGOMG, ou « Enregistrer une copie → SVG optimisé » dans Inkscape)."
    `);
  });

  it('refuses a file that a browser could read otherwise: another encoding, ill-formed XML, not an SVG', () => {
    expect(svgProblems('encodage.svg', 'utf-16.svg', 'mal-forme.svg', 'page.svg')).toMatchInlineSnapshot(`
      "public/images/contenu/encodage.svg:1 : « encoding="ISO-8859-1" » — encodage refusé : enregistrez le fichier en UTF-8 et retirez la mention.
      public/images/contenu/mal-forme.svg:3 : « Expected closing tag 'g' (opened in line 2, col 3) instead of closing tag 'svg'. » — XML mal formé : ouvrez l’image dans un logiciel de dessin et enregistrez-la de nouveau.
      public/images/contenu/page.svg:1 : « <html> » — ce fichier n’est pas une image SVG : exportez l’image en SVG ou en PNG.
      public/images/contenu/utf-16.svg : « UTF-8 » — le fichier n’est pas en UTF-8 : enregistrez-le de nouveau en UTF-8."
    `);
  });
});
