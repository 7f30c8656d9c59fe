/**
 * The map itself, loaded only when it is about to be seen: Leaflet, with
 * supercluster grouping nearby places (smooth with 10,000). Markers carry their
 * kind's letter as well as its colour. When no tile loads (offline, blocked), the
 * places stay and the map says its background is unavailable.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { typeClass } from '../../lib/dispositif-types.ts';
import type { MapT } from './messages.ts';
import type { LatLon } from '../../lib/geo/distance.ts';
import type { ClusterIndex } from './cluster-index.ts';
import { escapeHtml as escape } from '../../lib/format/html.ts';
import { distanceMarkup, type Ranked, type TypeBadges } from './results.ts';

export interface Tiles {
  url: string;
  attribution: string;
  maxZoom: number;
}

export interface MapViewOptions {
  tiles: Tiles;
  /** The first view: the académies' communes, `[[south, west], [north, east]]` (src/content.ts). */
  bounds: [[number, number], [number, number]] | undefined;
  t: MapT;
  /** The kinds' badges, whose letters the markers repeat. */
  badges: TypeBadges;
  base: string;
  onSelect(id: string): void;
  onTilesUnavailable(): void;
}

export interface MapView {
  /**
   * Shows these places, grouped by `index`; frames them (and the reference point) when `frame` is true.
   * `academieOf` names a place's académie where it is not the visitor's (results.ts).
   */
  setPlaces(
    places: readonly Ranked[],
    index: ClusterIndex,
    reference: (LatLon & { label: string }) | undefined,
    frame: boolean,
    academieOf: (place: Ranked) => string | undefined,
  ): void;
  /** Centres the map on a place and opens its label. */
  select(id: string): void;
}

export function createMapView(container: HTMLElement, options: MapViewOptions): MapView {
  const { t } = options;
  // Leaflet lays out its panes and controls left to right; on an Arabic page only its
  // controls move to the other side, and its popups' words follow the page (popup()).
  const dir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  container.dir = 'ltr';
  const map = L.map(container, { zoomControl: false, minZoom: 5 });
  L.control
    .zoom({ position: dir === 'rtl' ? 'topright' : 'topleft', zoomInTitle: t('map.view.zoomIn'), zoomOutTitle: t('map.view.zoomOut') })
    .addTo(map);
  if (dir === 'rtl') map.attributionControl.setPosition('bottomleft');
  // Without départements, metropolitan France as a whole.
  if (options.bounds) map.fitBounds(options.bounds);
  else map.setView([46.6, 2.5], 6);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  const tiles = L.tileLayer(options.tiles.url, { attribution: options.tiles.attribution, maxZoom: options.tiles.maxZoom });
  let loaded = 0;
  let failed = 0;
  tiles.on('tileload', () => loaded++);
  tiles.on('tileerror', () => {
    if (++failed >= 4 && loaded === 0) options.onTilesUnavailable();
  });
  tiles.addTo(map);

  const layer = L.layerGroup().addTo(map);
  let referenceMarker: L.Marker | undefined;
  let index: ClusterIndex | undefined;
  const byId = new Map<string, Ranked>();
  let firstMarkers = true;
  let from: string | undefined;
  let academieOf: (place: Ranked) => string | undefined = () => undefined;

  const placeIcon = (place: Ranked) =>
    L.divIcon({
      className: 'marqueur',
      // Its colour comes with its class (carte.css): a style attribute is refused by the Content-Security-Policy.
      html: `<span class="${escape(typeClass(place.type))}">${escape(options.badges.symbol(place.type))}</span>`,
      iconSize: [28, 28],
    });

  const popup = (place: Ranked) =>
    `<div class="carte-popup" dir="${dir}"><a href="${options.base}dispositifs/${encodeURIComponent(place.id)}/">${escape(place.nom)}</a><br>${escape(place.commune)}` +
    (academieOf(place) ? `, ${escape(academieOf(place)!)}` : '') +
    (place.distance === undefined ? '' : `, ${distanceMarkup(t, place, from)}`) +
    (place.telephone ? `<br><bdi dir="ltr">${escape(place.telephone)}</bdi>` : '') +
    '</div>';

  function render(): void {
    if (!index) return;
    const bounds = map.getBounds();
    const clusters = index.getClusters([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], map.getZoom());
    layer.clearLayers();
    for (const feature of clusters) {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      if ('cluster' in feature.properties && feature.properties.cluster) {
        const count = feature.properties.point_count;
        const marker = L.marker([lat, lon], {
          icon: L.divIcon({ className: 'grappe', html: `<span>${count}</span>`, iconSize: [36, 36] }),
          title: t('map.view.cluster', { count }),
          keyboard: true,
        });
        marker.on('click', () => map.setView([lat, lon], index!.getClusterExpansionZoom(feature.id as number)));
        layer.addLayer(marker);
      } else {
        const { place } = feature.properties as { place: Ranked };
        const marker = L.marker([lat, lon], { icon: placeIcon(place), title: place.nom, keyboard: true });
        marker.bindPopup(popup(place));
        marker.on('click', () => options.onSelect(place.id));
        layer.addLayer(marker);
      }
    }
    if (firstMarkers && clusters.length > 0) {
      firstMarkers = false;
      performance.mark('carte:premiers-marqueurs');
    }
  }
  map.on('moveend', render);

  return {
    setPlaces(places, clusters, reference, frame, academies) {
      academieOf = academies;
      byId.clear();
      for (const place of places) byId.set(place.id, place);
      from = reference?.label;
      index = clusters;
      referenceMarker?.remove();
      referenceMarker = reference
        ? L.marker([reference.lat, reference.lon], {
            icon: L.divIcon({ className: 'repere', html: '<span></span>', iconSize: [18, 18] }),
            title: reference.label,
          }).addTo(map)
        : undefined;
      // Around a reference point, frame it with the three nearest places; otherwise, every place.
      const framed = [...(reference ? [reference] : []), ...places.slice(0, reference ? 3 : places.length)];
      if (frame && framed.length > 0) {
        map.fitBounds(L.latLngBounds(framed.map((p) => [p.lat, p.lon] as [number, number])), { padding: [32, 32], maxZoom: 11 });
      }
      render();
    },
    select(id) {
      const place = byId.get(id);
      if (!place) return;
      map.setView([place.lat, place.lon], Math.max(map.getZoom(), 13));
      L.popup().setLatLng([place.lat, place.lon]).setContent(popup(place)).openOn(map);
    },
  };
}
