/** The dispositifs as JSON: one object per dispositif, fields of src/lib/open-data.ts. */
import type { APIContext } from 'astro';
import { jsonFile, placeRows } from './_data.ts';

export const GET = ({ site }: APIContext) => jsonFile(placeRows(site));
