/**
 * The lettres de la MLDS as their pages, feeds and e-mail versions show them,
 * read once from src/content.ts. Every issue's references are resolved here, so
 * that the page and the e-mail say the same thing.
 *
 * `lettreView(lettre)` gives, in French, plain text only (no HTML):
 *
 *   LettreView {
 *     id, path            the page: href(path) on the site, absoluteHref(path, site) in an e-mail
 *     titre, date, numero (numero undefined when the file gives none)
 *     label               « n° 3 — Titre », or the title alone: how a list names the issue
 *     fullTitle           « Titre — lettre de la MLDS n° 3, Académie de Bordeaux » (« … du 2 mars 2031, … »
 *                         without a number): the issue named on its own, as its page's title and feed item
 *     academie            { id, nom }: « bordeaux », « Académie de Bordeaux »
 *     feedPath            the académie's RSS feed
 *     sections[]          { titre, texte?, items[] }, in the file's order
 *       items[]           { kind, titre, path?, url?, ligne?, texte? }
 *         kind            'action' | 'fiche' | 'ressource' | 'dispositif' | 'edition' | 'libre'
 *         titre           the cited entry's title (a free item's own)
 *         path            a page of the site (paths.ts form, base not added), for a cited entry
 *         url             a free item's `lien` (https only), when it has one
 *         ligne           one line from the site: action → where it takes place (actionPlace); fiche → its résumé;
 *                         ressource → its type; dispositif → its commune; edition → its dates
 *         texte           the editor's words: a free item's text, or what they say of a cited entry
 *     entry               the collection entry: the editorial is its Markdown body
 *                         (render(entry) from astro:content for HTML), provenance in entry.data
 *   }
 */
import {
  academies,
  actionsById,
  byId,
  dispositifs,
  editions,
  fichesById,
  lettres,
  ressources,
  type Academie,
  type Lettre,
} from '../content.ts';
import { useTranslations } from '../i18n/dictionaries.ts';
import { actionPlace } from './semaine.ts';
import { href, paths } from '../lib/paths.ts';
import type { LettreItem } from '../schemas/lettre.ts';

export interface LettreItemView {
  kind: LettreItem['kind'];
  titre: string;
  path?: string | undefined;
  url?: string | undefined;
  ligne?: string | undefined;
  texte?: string | undefined;
}

export interface LettreSectionView {
  titre: string;
  texte?: string | undefined;
  items: LettreItemView[];
}

export interface LettreView {
  id: string;
  path: string;
  titre: string;
  date: Date;
  numero: number | undefined;
  label: string;
  fullTitle: string;
  academie: { id: string; nom: string };
  feedPath: string;
  sections: LettreSectionView[];
  entry: Lettre;
}

/** The lettres are staff pages, in French only. */
const t = useTranslations('fr');
const ressourcesById = byId(ressources);
const dispositifsById = byId(dispositifs);
const editionsById = byId(editions);
const academieNames = new Map(academies.map((a) => [a.id, a.data.nom]));

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

// The content check has resolved every reference: a missing entry here is a bug, and the build says which.
function found<T>(entry: T | undefined, what: string): T {
  if (entry === undefined) throw new Error(`lettre : ${what} introuvable, alors que la vérification du contenu l’a acceptée.`);
  return entry;
}

function itemView(item: LettreItem): LettreItemView {
  switch (item.kind) {
    case 'libre':
      return { kind: item.kind, titre: item.titre, url: item.lien, texte: item.texte };
    case 'action': {
      const action = found(actionsById.get(item.id), `l’action « ${item.id} »`);
      return {
        kind: item.kind,
        titre: action.data.titre,
        path: paths.action(item.id),
        ligne: actionPlace(t, action),
        texte: item.texte,
      };
    }
    case 'fiche': {
      const fiche = found(fichesById.get(item.id), `la fiche « ${item.id} »`);
      return { kind: item.kind, titre: fiche.data.titre, path: paths.fiche(item.id), ligne: fiche.data.resume, texte: item.texte };
    }
    case 'ressource': {
      const ressource = found(ressourcesById.get(item.id), `la ressource « ${item.id} »`);
      return {
        kind: item.kind,
        titre: ressource.data.titre,
        path: paths.ressource(item.id),
        ligne: capitalised(ressource.data.type),
        texte: item.texte,
      };
    }
    case 'dispositif': {
      const dispositif = found(dispositifsById.get(item.id), `le dispositif « ${item.id} »`);
      return {
        kind: item.kind,
        titre: dispositif.nom,
        path: paths.dispositif(item.id),
        ligne: dispositif.etablissement?.data.commune ?? dispositif.academie?.data.nom,
        texte: item.texte,
      };
    }
    case 'edition': {
      const { data } = found(editionsById.get(item.id), `l’édition « ${item.id} » de la Semaine`);
      const period = { debut: t.date(data.debut), fin: t.date(data.fin) };
      return {
        kind: item.kind,
        titre: t('semaine.edition.title', { edition: item.id }),
        path: paths.edition(item.id),
        ligne: data.theme ? t('semaine.archives.periodTheme', { ...period, theme: data.theme }) : t('semaine.archives.period', period),
        texte: item.texte,
      };
    }
  }
}

/** An issue with its references resolved: what its page, its feed item and its e-mail show. */
export function lettreView(lettre: Lettre): LettreView {
  const { data } = lettre;
  const academie = { id: data.academie.id, nom: academieNames.get(data.academie.id) ?? data.academie.id };
  return {
    id: lettre.id,
    path: paths.lettre(lettre.id),
    titre: data.titre,
    date: data.date,
    numero: data.numero,
    label: data.numero === undefined ? data.titre : t('lettres.label', { numero: data.numero, titre: data.titre }),
    // Two académies may give an issue the same title: the académie and the number (or date) tell them apart.
    fullTitle:
      data.numero === undefined
        ? t('lettres.issue.titleNoNumero', { titre: data.titre, date: t.date(data.date), academie: academie.nom })
        : t('lettres.issue.title', { titre: data.titre, numero: data.numero, academie: academie.nom }),
    academie,
    feedPath: paths.lettresRssOf(data.academie.id),
    sections: data.sections.map((s) => ({ titre: s.titre, texte: s.texte, items: s.elements.map(itemView) })),
    entry: lettre,
  };
}

/** Every issue, the latest first. */
export const lettreViews: LettreView[] = lettres.map(lettreView);

/** The académies that have published a lettre, in the académies' order, each with its issues, the latest first. */
export const lettresByAcademie: { academie: Academie; lettres: LettreView[] }[] = academies
  .map((academie) => ({ academie, lettres: lettreViews.filter((l) => l.academie.id === academie.id) }))
  .filter((group) => group.lettres.length > 0);

/** The latest issue of all, for the home page; undefined while none is published. */
export const latestLettre: LettreView | undefined = lettreViews[0];

/** The latest issue of an académie, for its page; undefined while it has published none. */
export const latestLettreOf = (academie: string): LettreView | undefined => lettreViews.find((l) => l.academie.id === academie);

/** The items of an RSS feed of lettres (@astrojs/rss), in the order given: the issue named in full, its académie and what it holds. */
export function lettresFeedItems(list: readonly LettreView[]) {
  return list.map((lettre) => {
    const academie = lettre.academie.nom;
    const head =
      lettre.numero === undefined
        ? t('lettres.rss.itemNoNumero', { academie, date: t.date(lettre.date) })
        : t('lettres.rss.item', { academie, numero: lettre.numero });
    const sommaire =
      lettre.sections.length > 0 ? ` ${t('lettres.rss.sommaire', { sections: lettre.sections.map((s) => s.titre).join(', ') })}` : '';
    return { title: lettre.fullTitle, link: href(lettre.path), pubDate: lettre.date, description: `${head}${sommaire}` };
  });
}
