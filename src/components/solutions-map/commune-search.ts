/**
 * The commune or postal-code search of the map page: a combobox with a list of
 * suggestions (WAI-ARIA 1.2 combobox pattern). Its index loads on first use; the
 * search runs in the browser, nothing typed is sent anywhere.
 */
import {
  decodeCommuneIndex,
  nearestCommune,
  searchCommunes,
  type CompactCommuneIndex,
  type SearchableCommune,
} from '../../lib/geo/commune-index.ts';
import type { LatLon } from '../../lib/geo/distance.ts';
import type { MapT } from './messages.ts';

export class CommuneSearch {
  #input: HTMLInputElement;
  #listbox: HTMLUListElement;
  #status: HTMLElement;
  #url: string;
  #t: MapT;
  #onChoose: (commune: SearchableCommune) => void;
  #index: Promise<SearchableCommune[]> | undefined;
  #options: SearchableCommune[] = [];
  #active = -1;

  constructor(
    input: HTMLInputElement,
    listbox: HTMLUListElement,
    status: HTMLElement,
    url: string,
    t: MapT,
    onChoose: (commune: SearchableCommune) => void,
  ) {
    this.#input = input;
    this.#listbox = listbox;
    this.#status = status;
    this.#url = url;
    this.#t = t;
    this.#onChoose = onChoose;
    input.addEventListener('focus', () => void this.#load());
    input.addEventListener('input', () => void this.#suggest());
    input.addEventListener('keydown', (event) => this.#key(event));
    input.addEventListener('blur', () => setTimeout(() => this.#close(), 150));
    listbox.addEventListener('mousedown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
      if (option) this.#choose(Number(option.dataset['index']));
    });
  }

  #load(): Promise<SearchableCommune[]> {
    this.#index ??= fetch(this.#url)
      .then((response) => response.json() as Promise<CompactCommuneIndex>)
      .then(decodeCommuneIndex);
    return this.#index;
  }

  /** The commune of an INSEE code (to restore a shared link). */
  async find(code: string): Promise<SearchableCommune | undefined> {
    return (await this.#load()).find((c) => c.code === code);
  }

  /** The commune whose centre is nearest a point, and how far. */
  async nearest(point: LatLon): Promise<{ commune: SearchableCommune; distance: number } | undefined> {
    return nearestCommune(await this.#load(), point);
  }

  /** Shows the chosen commune in the field. */
  show(commune: SearchableCommune | undefined): void {
    this.#input.value = commune ? `${commune.nom} (${commune.codesPostaux[0]})` : '';
  }

  async #suggest(): Promise<void> {
    const query = this.#input.value;
    const results = searchCommunes(await this.#load(), query);
    if (query !== this.#input.value) return; // typed on meanwhile
    this.#options = results;
    this.#active = -1;
    this.#listbox.innerHTML = results
      .map(
        (c, i) =>
          `<li role="option" id="commune-option-${i}" data-index="${i}" aria-selected="false">${c.nom.replace(/[<&]/g, '')} <span class="small">${c.codesPostaux.join(', ')}</span></li>`,
      )
      .join('');
    const open = results.length > 0;
    this.#listbox.hidden = !open;
    this.#input.setAttribute('aria-expanded', String(open));
    this.#input.removeAttribute('aria-activedescendant');
    this.#status.textContent =
      query.trim().length < 2 ? '' : open ? this.#t('map.search.found', { count: results.length }) : this.#t('map.search.none');
  }

  #key(event: KeyboardEvent): void {
    const count = this.#options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? (this.#active + 1) % count : this.#active <= 0 ? count - 1 : this.#active - 1;
      this.#activate(next);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void this.#suggest().then(() => this.#options.length > 0 && this.#choose(Math.max(0, this.#active)));
    } else if (event.key === 'Escape') {
      this.#close();
    }
  }

  #activate(index: number): void {
    this.#active = index;
    this.#listbox.querySelectorAll('[role="option"]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    this.#input.setAttribute('aria-activedescendant', `commune-option-${index}`);
    this.#listbox.children[index]?.scrollIntoView({ block: 'nearest' });
  }

  #choose(index: number): void {
    const commune = this.#options[index];
    if (!commune) return;
    this.show(commune);
    this.#close();
    this.#onChoose(commune);
  }

  #close(): void {
    this.#listbox.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
  }
}
