/** The dispositifs as CSV, for a spreadsheet. */
import type { APIContext } from 'astro';
import { PLACE_COLUMNS, toCsv } from '../../lib/open-data/rows.ts';
import { csvFile, placeRows } from '../../data/open-data.ts';

export const GET = ({ site }: APIContext) => csvFile(toCsv(placeRows(site), PLACE_COLUMNS));
