/**
 * The dictionary's messages the map page's script reads (src/i18n/): the page
 * sends exactly these in `data-messages`, and the script's translator knows
 * only these keys, so that TypeScript refuses one the page did not send.
 */
import type { UiKey } from '../../i18n/dictionaries.ts';
import type { Translator } from '../../i18n/translate.ts';

export const MAP_MESSAGES = [
  'map.search.found',
  'map.search.none',
  'map.locate.searching',
  'map.locate.unsupported',
  'map.locate.denied',
  'map.locate.unavailable',
  'map.locate.timeout',
  'map.locate.you',
  'map.locate.deduced',
  'map.territory.notice',
  'map.summary.empty',
  'map.summary.none',
  'map.summary.all',
  'map.summary.some',
  'map.summary.allFrom',
  'map.summary.someFrom',
  'map.nearest.title',
  'map.result.where',
  'map.result.whereElsewhere',
  'map.result.sameCommune',
  'map.result.show',
  'map.result.showLabel',
  'map.view.zoomIn',
  'map.view.zoomOut',
  'map.view.cluster',
  'empty.nearestFrom',
  'empty.place',
  'empty.crowFlies',
  'distance.m',
  'distance.km',
] as const satisfies readonly UiKey[];

export type MapT = Translator<(typeof MAP_MESSAGES)[number]>;
