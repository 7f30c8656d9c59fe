/**
 * What an editor reads when an SVG is refused (svg-safety.ts): why, and what to
 * do, in plain French. Most files are refused for what a drawing program left
 * in them, which an optimiser removes.
 */

const OPTIMISER = 'passez le fichier dans un optimiseur (SVGOMG, ou « Enregistrer une copie → SVG optimisé » dans Inkscape)';
const EMBED = 'contenu embarqué refusé dans une image : retirez l’élément.';
const HANDLER = 'un gestionnaire d’événements exécute du code : retirez l’élément.';

/** Refused elements whose fix is worth saying, by lower-case name: `<SCRIPT>` is no script in XML, but says what its author meant. */
const ELEMENT_FIXES: ReadonlyMap<string, string> = new Map([
  ['script', 'un script s’exécuterait à l’ouverture de l’image : retirez l’élément.'],
  ['foreignobject', 'il embarque du HTML dans l’image : retirez-le (écrivez le texte avec <text>, ou exportez l’image en PNG).'],
  [
    'style',
    `feuille de style refusée (elle peut charger des adresses) : exportez les styles en attributs de présentation (Illustrator : Options SVG → Styles : Attributs de présentation), ou ${OPTIMISER}.`,
  ],
  ['a', 'un lien ne fonctionne pas dans une image : retirez l’élément <a> (gardez son contenu) et mettez le lien dans la page.'],
  ['feimage', 'ce filtre charge une autre image : retirez-le, ou exportez l’image en PNG.'],
  ['iframe', EMBED],
  ['embed', EMBED],
  ['object', EMBED],
  ['handler', HANDLER],
  ['listener', HANDLER],
]);

export const SVG_FIXES = {
  notSvg: 'ce fichier n’est pas une image SVG : exportez l’image en SVG ou en PNG.',
  noNamespace: (namespace: string) => `sans xmlns="${namespace}", le navigateur ne l’affiche pas comme une image : ajoutez cet attribut.`,
  element: (name: string) =>
    ELEMENT_FIXES.get(name.toLowerCase()) ?? `élément refusé dans une image publiée : retirez-le, ou ${OPTIMISER}.`,
  foreignElement: (prefix: string) =>
    `élément hors du SVG (préfixe « ${prefix}: »), refusé : une image ne contient que du dessin. S’il s’agit des données d’un logiciel de dessin, ${OPTIMISER}.`,
  attribute: `attribut refusé dans une image publiée : retirez-le, ou ${OPTIMISER}.`,
  namespace: `espace de noms refusé : une image ne contient que du SVG. Retirez-le, ou ${OPTIMISER}.`,
  handler: 'cet attribut exécute du code : retirez-le.',
  script: (attribute?: string) => `adresse qui exécuterait du code${attribute ? ` (attribut « ${attribute} »)` : ''} : retirez-la.`,
  reference:
    'référence inconnue : une image SVG n’utilise que &lt; &gt; &amp; &quot; &apos; et les codes numériques (&#233;) ; écrivez « & » sous la forme &amp;.',
  cdata: 'section CDATA refusée : écrivez le texte directement (avec &lt; et &amp;).',
  instruction: 'instruction de traitement refusée (elle peut charger une feuille de style) : retirez-la.',
  comment: 'commentaire contenant « < » ou « > », refusé : retirez ces signes ou le commentaire.',
  animatedLink: 'une animation ne peut pas changer un lien (elle y placerait une adresse qui exécute du code) : retirez l’animation.',
  animation: 'une animation ne peut changer que le dessin (couleurs, positions, formes) : retirez l’animation.',
  image:
    '<image> n’admet qu’une image PNG, JPEG, GIF, WebP ou AVIF intégrée au fichier (data:image/…) : une autre adresse chargerait un autre contenu. Intégrez l’image ou exportez le tout en PNG.',
  href: 'un lien d’une image ne peut viser qu’un élément du même fichier (« #identifiant ») : une autre adresse chargerait un autre contenu. Intégrez l’élément au fichier ou retirez l’attribut.',
};
