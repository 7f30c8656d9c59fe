/**
 * The dispositifs as CSV: UTF-8, comma-separated, CRLF line ends and quotes
 * where needed (RFC 4180), written by csv-stringify rather than by hand.
 */
import type { APIContext } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { csvCell, PLACE_COLUMNS } from '../../lib/open-data.ts';
import { placeRows } from './_data.ts';

export function GET({ site }: APIContext) {
  const records = placeRows(site).map((row) => PLACE_COLUMNS.map((column) => csvCell(row[column])));
  const csv = stringify(records, { header: true, columns: PLACE_COLUMNS, record_delimiter: 'windows' });
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
}
