/**
 * What contributors may write as raw HTML in Markdown: an allow-list of
 * elements and attributes, so that what nobody thought of is refused too. The
 * HTML is parsed by a real (WHATWG) parser, the one Sätteri uses, so that
 * `<ScRipt>`, `onClick=` or an entity-encoded `javascript:` are seen as a
 * browser sees them. The site's own content uses no raw HTML: Markdown says
 * everything an editor needs.
 */
import { htmlToHast, type HastNode } from 'satteri';
import { linkProblem, urlScheme } from '../../lib/security/addresses.ts';

/** Something in the HTML that is refused, and how to do without it. */
export interface HtmlFinding {
  /** The construct as the editor wrote it: « <script> », « onclick= ». */
  construct: string;
  /** Text to look for in the source, to point at its line. */
  needle: string;
  /** Why it is refused and what to write instead, in French. */
  fix: string;
}

/** An image or a file the page would load, for the caller to check (it must be a file of the site). */
export interface HtmlResource {
  url: string;
  needle: string;
}

/** Formatting, structure and links: what Markdown itself produces, and a few more. */
const ALLOWED_ELEMENTS = new Set(
  'a abbr b blockquote br caption cite code dd del details dfn div dl dt em figcaption figure h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td tfoot th thead time tr u ul'.split(
    ' ',
  ),
);

/** Attributes, by their lower-case name, and the elements that may carry them (`*`: any). */
const ALLOWED_ATTRIBUTES: Readonly<Record<string, '*' | readonly string[]>> = {
  title: '*',
  lang: '*',
  dir: '*',
  href: ['a'],
  hreflang: ['a'],
  // A link that opens elsewhere gets rel="noopener noreferrer" at build time (src/integrations/external-links.ts).
  target: ['a'],
  rel: ['a'],
  src: ['img'],
  alt: ['img'],
  width: ['img'],
  height: ['img'],
  datetime: ['time', 'del', 'ins'],
  colspan: ['td', 'th'],
  rowspan: ['td', 'th'],
  scope: ['th'],
  start: ['ol'],
  reversed: ['ol'],
  type: ['ol'],
  open: ['details'],
};

const EMBED = 'contenu embarqué, refusé : mettez plutôt un lien vers la page, [titre](https://…).';
const MEDIA =
  'média embarqué, refusé : la politique de sécurité du site bloque les fichiers d’autres sites. Mettez un lien vers la vidéo ou le son, [titre](https://…).';
const HEAD = 'balise d’en-tête de page, refusée : retirez-la.';
const FOREIGN = 'balise refusée : pour une image, écrivez ![description](/images/contenu/nom-du-fichier.png).';
const CONTROL = 'champ de formulaire refusé : mettez plutôt un lien vers le formulaire en ligne, [titre](https://…).';

/** Elements refused with a message of their own; any other element outside the allow-list gets a general one. */
const REFUSED_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'un script ne peut pas s’exécuter depuis le contenu : retirez la balise.',
  style: 'feuille de style refusée : retirez la balise, le site applique sa propre mise en forme.',
  form: 'formulaire refusé : mettez plutôt un lien vers le formulaire en ligne, [titre](https://…).',
  ...Object.fromEntries(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe'].map((tag) => [tag, EMBED])),
  ...Object.fromEntries(['video', 'audio', 'source', 'track', 'picture'].map((tag) => [tag, MEDIA])),
  ...Object.fromEntries(['link', 'meta', 'base', 'title'].map((tag) => [tag, HEAD])),
  ...Object.fromEntries(['input', 'button', 'select', 'textarea', 'dialog'].map((tag) => [tag, CONTROL])),
  ...Object.fromEntries(
    ['svg', 'math', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'canvas'].map((tag) => [tag, FOREIGN]),
  ),
};

/** Attributes refused with a message of their own. */
const REFUSED_ATTRIBUTES: Readonly<Record<string, string>> = {
  style:
    'l’attribut « style » est refusé : il peut masquer ou recouvrir la page. Le site applique sa propre mise en forme ; pour insister, écrivez en gras, **ainsi**.',
  class: 'l’attribut « class » est refusé : il reprendrait la mise en forme du site ailleurs qu’à sa place. Retirez-le.',
  id: 'l’attribut « id » est refusé : il pourrait répéter un identifiant de la page. Retirez-le.',
  srcset: 'l’attribut « srcset » est refusé : une image vient d’un seul fichier du site, ![description](/images/contenu/nom.png).',
  ping: 'l’attribut « ping » est refusé : il signalerait chaque clic à un autre site. Retirez-le.',
  srcdoc: 'l’attribut « srcdoc » embarque une page : retirez-le.',
};

/** hast names attributes in camel case (`onClick`, `srcSet`, `xLinkHref`): the name as written, for messages and lookups. */
const attributeName = (property: string) => (property === 'className' ? 'class' : property.replace(/[A-Z]/g, (c) => c.toLowerCase()));

function attributeFinding(tag: string, name: string): HtmlFinding | undefined {
  const allowed = ALLOWED_ATTRIBUTES[name];
  if (allowed === '*' || allowed?.includes(tag)) return undefined;
  const fix = /^on/.test(name)
    ? `l’attribut « ${name} » exécute du code : retirez-le.`
    : (REFUSED_ATTRIBUTES[name] ?? `l’attribut « ${name} » n’est pas pris en charge sur <${tag}> : retirez-le.`);
  return { construct: `${name}=`, needle: name, fix };
}

/** Every refused construct of `html` (one fragment, as Markdown hands it over), and the resources it would load. */
export function readHtml(html: string): { findings: HtmlFinding[]; links: HtmlResource[]; images: HtmlResource[] } {
  const findings: HtmlFinding[] = [];
  const links: HtmlResource[] = [];
  const images: HtmlResource[] = [];
  const visit = (node: HastNode) => {
    if (node.type === 'element') {
      const tag = node.tagName.toLowerCase();
      // A refused element is reported once, not with each of its attributes.
      const refused = !ALLOWED_ELEMENTS.has(tag);
      if (refused)
        findings.push({
          construct: `<${tag}>`,
          needle: `<${tag.split(':').pop()}`,
          fix:
            REFUSED_ELEMENTS[tag] ??
            'balise non prise en charge : écrivez en Markdown (titres #, listes -, liens [texte](adresse), images ![description](/images/contenu/…)).',
        });
      for (const [property, value] of refused ? [] : Object.entries(node.properties ?? {})) {
        const name = attributeName(property);
        const finding = attributeFinding(tag, name);
        if (finding) findings.push(finding);
        else if (name === 'href' && typeof value === 'string') {
          const problem = linkProblem(value);
          if (problem) findings.push({ construct: `${urlScheme(value)}: (attribut « href »)`, needle: 'href', fix: problem });
          else links.push({ url: value, needle: 'href' });
        } else if (name === 'src' && typeof value === 'string') images.push({ url: value, needle: 'src' });
      }
    }
    if ('children' in node && Array.isArray(node.children)) node.children.forEach((child) => visit(child as HastNode));
    // <template> keeps its content apart; a browser would still parse it.
    const content = (node as { content?: HastNode }).content;
    if (content) visit(content);
  };
  visit(htmlToHast(html, { fragment: true }));
  return { findings, links, images };
}
