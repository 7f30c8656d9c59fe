/** The dispositifs as CSV, for a spreadsheet (src/lib/open-data/rows.ts `toCsv` says how it is made safe to open). */
import type { APIContext } from 'astro';
import { toCsv } from '../../lib/open-data/rows.ts';
import { placeRows } from '../../data/open-data.ts';

export const GET = ({ site }: APIContext) =>
  new Response(toCsv(placeRows(site)), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
