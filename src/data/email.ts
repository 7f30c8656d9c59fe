/**
 * The e-mail versions of the bulletins and of the lettres: their content as an
 * e-mail document (src/lib/email/document.ts), every address absolute from the
 * site's address (`site` in astro.config.mjs, from SITE_URL). The endpoints
 * `…/courriel.html` and `…/courriel.txt` write it out.
 */
import { academies, departementsByCode, fichesById, type Academie, type Action, type Bulletin } from '../content.ts';
import { actionPlace, actionsOfBulletin } from './semaine.ts';
import { useTranslations } from '../i18n/dictionaries.ts';
import { urlResolver, type Block, type EmailDocument, type Inline, type LinkedItem } from '../lib/email/document.ts';
import { blocksFromHtml } from '../lib/email/from-html.ts';
import { emailHtml } from '../lib/email/html.ts';
import { emailText } from '../lib/email/text.ts';
import { absoluteHref, paths } from '../lib/paths.ts';
import { EMAIL_POLICY } from '../lib/security/csp.ts';
import { SITE } from '../site.config.ts';

/** E-mails are French, as the Semaine's pages and the lettres are. */
const t = useTranslations('fr');

/** The last lines of every message: who sends it, how to stop receiving it, where to read it online. */
export function emailFooter(academie: Academie, page: string, site: URL | undefined): EmailDocument['footer'] {
  return {
    academie: academie.data.nom,
    unsubscribe: academie.data.courriel_desinscription ?? t('email.unsubscribe'),
    online: { text: t('email.online'), href: absoluteHref(page, site) },
    site: { text: SITE.name, href: absoluteHref('/', site) },
  };
}

/** A rendered Markdown body as e-mail blocks: paths of the site from its root, fragments from the page. */
export function bodyBlocks(html: string | undefined, page: string, site: URL | undefined): Block[] {
  return html ? blocksFromHtml(html, urlResolver(absoluteHref('/', site), absoluteHref(page, site))) : [];
}

/** A sentence of the dictionary with one link (`[[…]]`), as a paragraph. */
function richParagraph([before, text, after]: [string, string, string], href: string): Block {
  const content: Inline[] = [before, { kind: 'link', href, content: [text] }, after];
  return { kind: 'paragraph', content: content.filter((i) => i !== '') };
}

/** An action as a linked item: its title, then where it takes place, as the bulletin's page writes it. */
export function actionItem(action: Action, site: URL | undefined): LinkedItem {
  return { title: action.data.titre, href: absoluteHref(paths.action(action.id), site), line: actionPlace(t, action) };
}

/** A bulletin as an e-mail: the same parts as its page, in the same order. */
export function bulletinEmail(bulletin: Bulletin, site: URL | undefined): EmailDocument {
  const { data } = bulletin;
  const academie = academies.find((a) => a.id === data.academie.id)!;
  const departement = departementsByCode.get(data.departement);
  const listed = actionsOfBulletin(bulletin);
  const zoom = data.zoom ? fichesById.get(data.zoom.id) : undefined;
  const page = paths.bulletin(bulletin.id);
  const link = (path: string) => absoluteHref(path, site);

  const blocks: Block[] = [];
  if (departement)
    blocks.push(
      richParagraph(t.rich('semaine.bulletin.honoured', { departement: departement.nom }), link(paths.departement(departement.code))),
    );
  blocks.push(...bodyBlocks(bulletin.rendered?.html, page, site));
  if (listed.length > 0)
    blocks.push(
      { kind: 'heading', level: 2, text: t('semaine.bulletin.actions') },
      {
        kind: 'items',
        items: listed.map(({ action, phare }) => {
          const item = actionItem(action, site);
          return phare ? { ...item, line: `${t('semaine.bulletin.phareMark')} · ${item.line}` } : item;
        }),
      },
    );
  if (zoom)
    blocks.push(
      { kind: 'heading', level: 2, text: t('semaine.bulletin.zoom') },
      { kind: 'items', items: [{ title: zoom.data.titre, href: link(paths.fiche(zoom.id)), line: zoom.data.resume }] },
    );
  if (data.ressources.length > 0)
    blocks.push(
      { kind: 'heading', level: 2, text: t('semaine.bulletin.ressources') },
      { kind: 'list', ordered: false, items: data.ressources.map((r) => [{ kind: 'link', href: r.url, content: [r.titre] }]) },
    );
  blocks.push({
    kind: 'button',
    text: t('semaine.home.editionLink', { edition: data.edition.id }),
    href: link(paths.edition(data.edition.id)),
  });

  return {
    lang: 'fr',
    title: t('semaine.bulletin.title', { date: t.date(data.date), academie: academie.data.nom }),
    kicker: t('semaine.bulletin.kicker', { academie: academie.data.nom, edition: data.edition.id }),
    blocks,
    footer: emailFooter(academie, page, site),
  };
}

/**
 * What a lettre's e-mail reads of its view (src/data/lettres.ts `lettreView`, on the
 * `lettres` branch): the same fields, so that a `LettreView` is one.
 */
export interface LettreEmailSource {
  /** The page, as paths.ts writes it (`/lettres/<id>/`). */
  path: string;
  titre: string;
  date: Date;
  numero: number | undefined;
  academie: { id: string; nom: string };
  sections: {
    titre: string;
    texte?: string | undefined;
    items: { titre: string; path?: string | undefined; url?: string | undefined; ligne?: string | undefined; texte?: string | undefined }[];
  }[];
  /** The collection entry: its rendered Markdown body is the editorial. */
  entry: { rendered?: { html: string } | undefined };
}

/** A lettre as an e-mail: its editorial, then each section with its items, as its page shows them. */
export function lettreEmail(lettre: LettreEmailSource, site: URL | undefined): EmailDocument {
  const academie = academies.find((a) => a.id === lettre.academie.id)!;
  const date = t.date(lettre.date);
  const blocks: Block[] = bodyBlocks(lettre.entry.rendered?.html, lettre.path, site);
  for (const section of lettre.sections) {
    blocks.push({ kind: 'heading', level: 2, text: section.titre });
    if (section.texte) blocks.push({ kind: 'paragraph', content: [section.texte] });
    if (section.items.length > 0)
      blocks.push({
        kind: 'items',
        items: section.items.map((item) => ({
          title: item.titre,
          // A cited entry links to its page, a free item to its own address if it has one.
          href: item.path ? absoluteHref(item.path, site) : item.url,
          line: item.ligne,
          text: item.texte,
        })),
      });
  }
  return {
    lang: 'fr',
    title: lettre.titre,
    kicker:
      lettre.numero === undefined
        ? t('email.lettre.kickerNoNumero', { academie: academie.data.nom, date })
        : t('email.lettre.kicker', { academie: academie.data.nom, numero: lettre.numero, date }),
    blocks,
    footer: emailFooter(academie, lettre.path, site),
  };
}

/** The two files of an e-mail version. */
export const emailFiles = (doc: EmailDocument) => ({ html: emailHtml(doc, { policy: EMAIL_POLICY }), text: emailText(doc) });
