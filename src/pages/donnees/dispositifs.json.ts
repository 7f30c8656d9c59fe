/** The dispositifs as JSON: one object per dispositif, fields of src/lib/open-data/rows.ts. */
import type { APIContext } from 'astro';
import { jsonFile, placeRows } from '../../data/open-data.ts';

export const GET = ({ site }: APIContext) => jsonFile(placeRows(site));
