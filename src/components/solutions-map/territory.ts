/**
 * Where the visitor is, as the map page answers it (issue #14): the académie
 * of the commune searched (or of the commune nearest their position), and,
 * where nothing is published yet, the answer the server drew for that
 * territory (TerritoryTemplates.astro), shown first in the results and
 * announced under the search. The script applies what the data says; which
 * territory has places was decided at build time.
 */
import type { SearchableCommune } from '../../lib/geo/commune-index.ts';
import type { MapT } from './messages.ts';

/** What the page says of an académie (SolutionsMap.astro `data-academies`). */
export interface AcademieInfo {
  /** « académie de Bordeaux », as a place of another académie is named. */
  nom: string;
  departements: string[];
}

/** Where distances are measured from. */
export interface Whereabouts {
  /** The département of the commune searched, or of the commune nearest the position; none when the position is outside all of ours. */
  departement?: string | undefined;
  /** For a position: the commune whose centre is nearest, from which the département was deduced. */
  near?: SearchableCommune | undefined;
}

export interface Territory {
  /** Its académie's id; none outside the site's départements. */
  academie: string | undefined;
  /** The server's answer where nothing is published here; none where places are. */
  template: HTMLTemplateElement | undefined;
}

export class Territories {
  #t: MapT;
  #academies: Record<string, AcademieInfo>;
  #templates = new Map<string, HTMLTemplateElement>();
  #outside: HTMLTemplateElement | undefined;

  constructor(root: ParentNode, academies: Record<string, AcademieInfo>, t: MapT) {
    this.#t = t;
    this.#academies = academies;
    for (const template of root.querySelectorAll<HTMLTemplateElement>('template[data-departements]')) {
      for (const code of template.dataset['departements']!.split(' ')) this.#templates.set(code, template);
    }
    this.#outside = root.querySelector<HTMLTemplateElement>('template[data-territoire="hors-academies"]') ?? undefined;
  }

  /** The territory of a reference point. */
  of({ departement }: Whereabouts): Territory {
    const template = departement === undefined ? this.#outside : this.#templates.get(departement);
    const academie = Object.entries(this.#academies).find(([, a]) => departement && a.departements.includes(departement))?.[0];
    return { academie, template };
  }

  /** « académie de Bordeaux ». */
  nameOf(academie: string): string {
    return this.#academies[academie]?.nom ?? academie;
  }

  /**
   * Shows the answer for where the visitor is: the territory's block first in
   * the results (with how its département was deduced from a position), and
   * its heading in the status line under the search, where it is seen and
   * heard at once, with a button to reach the block. Outside our départements,
   * the status line alone says so. Elsewhere, nothing.
   */
  show(where: Whereabouts | undefined, results: HTMLElement, status: HTMLElement): void {
    const template = where && this.of(where).template;
    const block = template?.content.cloneNode(true) as DocumentFragment | undefined;
    const heading = block?.querySelector('h2');
    if (heading && where?.near) {
      const deduced = document.createElement('p');
      deduced.textContent = this.#t('map.locate.deduced', { commune: where.near.nom, departement: where.near.departement });
      heading.after(deduced);
    }
    results.replaceChildren(...(heading ? [block!] : []));
    const notice = heading ? this.#notice(heading) : block ? [document.createTextNode(block.textContent!.trim())] : [];
    const text = notice.map((node) => node.textContent).join('');
    // Said once: a filter changed later does not announce it again.
    if (text && status.textContent !== text) status.replaceChildren(...notice);
    else if (!text && status.dataset['territoire']) status.textContent = '';
    if (text) status.dataset['territoire'] = 'oui';
    else delete status.dataset['territoire'];
  }

  /** « Les solutions de l’académie de Poitiers ne sont pas encore publiées sur ce site. Voir qui contacter » */
  #notice(heading: HTMLElement): Node[] {
    const [before, text, after] = this.#t.rich('map.territory.notice', { headline: heading.textContent!.trim() });
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'lien-bouton';
    button.textContent = text;
    // A link to the heading's id would change the fragment, which holds the map's state (state.ts).
    button.addEventListener('click', () => {
      const target = document.getElementById(heading.id);
      target?.setAttribute('tabindex', '-1');
      target?.focus();
      target?.scrollIntoView({ block: 'start' });
    });
    return [document.createTextNode(before), button, document.createTextNode(after)];
  }
}
