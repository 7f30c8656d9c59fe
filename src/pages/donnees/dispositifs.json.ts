/** The dispositifs as JSON: one object per dispositif, fields of src/lib/open-data.ts. */
import type { APIContext } from 'astro';
import { placeRows } from './_data.ts';

export const GET = ({ site }: APIContext) =>
  new Response(JSON.stringify(placeRows(site), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
