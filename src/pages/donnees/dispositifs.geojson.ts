/** The dispositifs as GeoJSON (RFC 7946), one point per dispositif that has a place. */
import type { APIContext } from 'astro';
import { toGeoJson } from '../../lib/open-data/rows.ts';
import { placeRows } from '../../data/open-data.ts';

export const GET = ({ site }: APIContext) =>
  new Response(JSON.stringify(toGeoJson(placeRows(site))), { headers: { 'content-type': 'application/geo+json; charset=utf-8' } });
