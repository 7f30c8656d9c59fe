/**
 * <carte-solutions>: the map page's behaviour, on top of a list the server
 * already rendered. Filters, the commune searched and the selected place live in
 * the URL fragment; the visitor's position stays in the page. Leaflet loads only
 * when the map is about to be seen.
 */
import { createTranslator } from '../../i18n/translate.ts';
import { firstOfEach, rankByDistance, type LatLon } from '../../lib/geo/distance.ts';
import { decodePlaces, type CompactPlaces, type MapPlace } from '../../lib/solutions-map/places.ts';
import { parseState, serializeState, type MapState } from '../../lib/solutions-map/state.ts';
import type { SearchableCommune } from '../../lib/geo/commune-index.ts';
import { buildClusterIndex } from './cluster-index.ts';
import { CommuneSearch } from './commune-search.ts';
import type { MapView, MapViewOptions, Tiles } from './leaflet-view.ts';
import { geolocate, type GeolocationFailure } from './geolocate.ts';
import type { MAP_MESSAGES, MapT } from './messages.ts';
import { nearestList, resultItem, summary, TypeBadges, type ListContext, type Ranked } from './results.ts';
import { Territories, type AcademieInfo, type Territory, type Whereabouts } from './territory.ts';

/** Results shown at once; « Afficher plus » adds as many. */
const PAGE = 50;

/** Where distances are measured from: a commune searched, or the visitor's own position (`label` says which, in words). */
type Reference = LatLon & Whereabouts & { label: string; kind: 'commune' | 'position' };

const communeReference = (commune: SearchableCommune): Reference => ({
  lat: commune.lat,
  lon: commune.lon,
  label: commune.nom,
  kind: 'commune',
  departement: commune.departement,
});

class SolutionsMap extends HTMLElement {
  #places: MapPlace[] = [];
  #state: MapState = { types: [] };
  #reference: Reference | undefined;
  #shown = PAGE;
  #view: Promise<MapView> | undefined;
  #t!: MapT;
  #badges!: TypeBadges;
  #territories!: Territories;
  #search!: CommuneSearch;
  /** Resolves once the places are downloaded and the state of the URL applied: nothing is drawn before. */
  #ready: Promise<void>;
  #markReady!: () => void;

  constructor() {
    super();
    this.#ready = new Promise((resolve) => (this.#markReady = resolve));
  }

  #el<T extends HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  async connectedCallback(): Promise<void> {
    const { places, communes, messages, locale } = this.dataset;
    this.#t = createTranslator(JSON.parse(messages!) as Record<(typeof MAP_MESSAGES)[number], string>, locale!) as MapT;
    this.#badges = new TypeBadges(this);
    this.#territories = new Territories(this, JSON.parse(this.dataset['academies']!) as Record<string, AcademieInfo>, this.#t);
    // The map's code loads while the places download: at once when the map is on screen (a wide
    // screen), else when it is about to be seen (a phone, after « Carte »).
    const container = this.#el('.carte-leaflet');
    const shown = () => container.getClientRects().length > 0 && container.getBoundingClientRect().top < innerHeight;
    if (shown()) void this.#mapView();
    new IntersectionObserver((entries, observer) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        void this.#mapView();
      }
    }).observe(container);
    this.#places = decodePlaces((await (await fetch(places!)).json()) as CompactPlaces);

    this.#search = new CommuneSearch(
      this.#el('#commune'),
      this.#el('#communes-proposees'),
      this.#el('#commune-statut'),
      communes!,
      this.#t,
      (commune) => {
        this.#reference = communeReference(commune);
        this.#setState({ commune: commune.code, lieu: undefined }, true);
      },
    );
    this.#el('form').addEventListener('submit', (event) => event.preventDefault());
    this.#el('[data-action="autour"]').addEventListener('click', () => this.#locate());
    this.addEventListener('change', (event) => this.#filterChanged(event.target as HTMLElement));
    this.#el('.carte-resultats').addEventListener('click', (event) => {
      const id = (event.target as HTMLElement).closest<HTMLElement>('[data-voir]')?.dataset['voir'];
      if (id) this.#setState({ lieu: id, vue: 'carte' });
    });
    this.#el('[data-action="plus"]').addEventListener('click', () => {
      this.#shown += PAGE;
      this.#render(false);
    });
    this.querySelectorAll<HTMLButtonElement>('[data-vue]').forEach((button) =>
      button.addEventListener('click', () => this.#setState({ vue: button.dataset['vue'] as 'liste' | 'carte' })),
    );
    window.addEventListener('popstate', () => void this.#apply(parseState(location.hash)));
    await this.#apply(parseState(location.hash));
    this.#markReady();
  }

  /** Applies a state read from the URL (first load, back button). */
  async #apply(state: MapState): Promise<void> {
    this.#state = state;
    if (state.commune) {
      const commune = await this.#search.find(state.commune);
      this.#search.show(commune);
      this.#reference = commune && communeReference(commune);
    } else if (this.#reference?.kind === 'commune') {
      this.#reference = undefined;
      this.#search.show(undefined);
    }
    this.querySelectorAll<HTMLInputElement>('input[name="type"]').forEach(
      (box) => (box.checked = state.types.length === 0 || state.types.includes(box.value)),
    );
    this.#el<HTMLSelectElement>('select[name="academie"]').value = state.academie ?? '';
    this.#el<HTMLSelectElement>('select[name="departement"]').value = state.departement ?? '';
    this.#render(true);
  }

  /** `undefined` in the patch removes a key. */
  #setState(patch: { [K in keyof MapState]?: MapState[K] | undefined }, frame = false): void {
    const next: Record<string, unknown> = { ...this.#state, ...patch };
    for (const key of Object.keys(patch)) if (next[key] === undefined) delete next[key];
    this.#state = next as unknown as MapState;
    const fragment = serializeState(this.#state);
    history.pushState(null, '', fragment ? `#${fragment}` : location.pathname);
    this.#render(frame);
  }

  #filterChanged(target: HTMLElement): void {
    if (target instanceof HTMLInputElement && target.name === 'type') {
      const checked = [...this.querySelectorAll<HTMLInputElement>('input[name="type"]:checked')].map((box) => box.value);
      const all = this.querySelectorAll('input[name="type"]').length;
      this.#setState({ types: checked.length === all ? [] : checked });
    } else if (target instanceof HTMLSelectElement) {
      this.#setState({ [target.name]: target.value || undefined }, true);
    }
  }

  #locate(): void {
    const message = this.#el('#carte-message');
    message.textContent = this.#t('map.locate.searching');
    geolocate(this.#search).then(
      (where) => {
        message.textContent = '';
        this.#reference = { ...where, label: this.#t('map.locate.you'), kind: 'position' };
        this.#search.show(undefined);
        this.#setState({ commune: undefined, lieu: undefined }, true);
      },
      (failure: GeolocationFailure) => {
        message.textContent = this.#t(failure);
        this.#el('#commune').focus();
      },
    );
  }

  #visible(): MapPlace[] {
    const { types, academie, departement } = this.#state;
    return this.#places.filter(
      (p) =>
        (types.length === 0 || types.includes(p.type)) &&
        (!academie || p.academie === academie) &&
        (!departement || p.departement === departement),
    );
  }

  #render(frame: boolean): void {
    performance.mark('carte:maj-debut');
    const visible = this.#visible();
    const ranked: Ranked[] = this.#reference ? rankByDistance(visible, this.#reference) : visible;
    const territory = this.#reference && this.#territories.of(this.#reference);
    const list = this.#listContext(territory);
    this.#el('.carte-resume').textContent = summary(this.#t, ranked.length, this.#places.length, this.#reference?.label);
    this.#territories.show(this.#reference, this.#el('.carte-territoire'), this.#el('#carte-message'));
    this.#el('.plus-proches').innerHTML = this.#reference
      ? nearestList(
          firstOfEach(ranked, (p) => p.type),
          list,
        )
      : '';
    this.#el('.carte-resultats').innerHTML = ranked
      .slice(0, this.#shown)
      .map((place) => resultItem(place, list, place.id === this.#state.lieu))
      .join('');
    this.#el('[data-action="plus"]').hidden = ranked.length <= this.#shown;
    this.dataset['vue'] = this.#state.vue ?? 'liste';
    this.querySelectorAll<HTMLButtonElement>('[data-vue]').forEach((b) =>
      b.setAttribute('aria-pressed', String(b.dataset['vue'] === this.dataset['vue'])),
    );
    performance.measure('carte:maj', 'carte:maj-debut');
    if (!this.#view) return;
    // Grouping runs now, while Leaflet may still be downloading.
    const clusters = buildClusterIndex(ranked);
    void this.#view.then((view) => {
      view.setPlaces(ranked, clusters, this.#reference, frame, list.academieOf);
      if (this.#state.lieu) view.select(this.#state.lieu);
      performance.measure('carte:maj-avec-carte', 'carte:maj-debut');
    });
  }

  #listContext(territory: Territory | undefined): ListContext {
    return {
      t: this.#t,
      badges: this.#badges,
      base: this.dataset['base'] ?? '/',
      from: this.#reference?.label,
      academieOf: (place) => (territory && place.academie !== territory.academie ? this.#territories.nameOf(place.academie) : undefined),
      elsewhere: territory?.template !== undefined,
    };
  }

  #mapView(): Promise<MapView> {
    // The map is set up as soon as Leaflet arrives, while the places download; they are drawn once ready.
    this.#view ??= import('./leaflet-view.ts').then(({ createMapView }) => {
      const view = createMapView(this.#el('.carte-leaflet'), {
        tiles: JSON.parse(this.dataset['tiles']!) as Tiles,
        bounds: this.dataset['bounds'] ? (JSON.parse(this.dataset['bounds']) as MapViewOptions['bounds']) : undefined,
        t: this.#t,
        badges: this.#badges,
        base: this.dataset['base'] ?? '/',
        onSelect: (id) => this.#setState({ lieu: id }),
        onTilesUnavailable: () => (this.#el('.carte-sans-fond').hidden = false),
      });
      return view;
    });
    void this.#ready.then(() => this.#render(true));
    return this.#view;
  }
}

customElements.define('carte-solutions', SolutionsMap);
