/**
 * The map page's state, kept in the URL's fragment (`/carte/#commune=47157&type=paps`)
 * so that a link can be shared and the back button works. The fragment never
 * leaves the browser: no request carries it, so a search stays private. The
 * visitor's own position is never written there.
 */

export interface MapState {
  /** INSEE code of the commune searched. */
  commune?: string;
  /** Kinds of dispositif shown; empty means all. */
  types: string[];
  academie?: string;
  departement?: string;
  /** The place selected in the list or on the map. */
  lieu?: string;
  /** On a phone: the list or the map. */
  vue?: 'liste' | 'carte';
}

const KEYS = ['commune', 'type', 'academie', 'departement', 'lieu', 'vue'] as const;

export function parseState(fragment: string): MapState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const value = (key: string) => params.get(key)?.trim() || undefined;
  const vue = value('vue');
  const state: MapState = { types: (value('type') ?? '').split(',').filter(Boolean) };
  for (const key of ['commune', 'academie', 'departement', 'lieu'] as const) {
    const v = value(key);
    if (v) state[key] = v;
  }
  if (vue === 'liste' || vue === 'carte') state.vue = vue;
  return state;
}

/** The fragment for a state, without `#`; the same state always gives the same string. */
export function serializeState(state: MapState): string {
  const values: Record<(typeof KEYS)[number], string | undefined> = {
    commune: state.commune,
    type: state.types.length > 0 ? [...state.types].sort().join(',') : undefined,
    academie: state.academie,
    departement: state.departement,
    lieu: state.lieu,
    vue: state.vue,
  };
  return KEYS.flatMap((key) => (values[key] ? [`${key}=${encodeURIComponent(values[key]).replace(/%2C/g, ',')}`] : [])).join('&');
}
