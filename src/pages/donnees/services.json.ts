/** The dispositifs as data·inclusion services (src/lib/data-inclusion.ts maps their kinds to the schema's vocabularies). */
import type { APIContext } from 'astro';
import { jsonFile } from '../../data/open-data.ts';
import { serviceRows } from '../../data/data-inclusion.ts';

export const GET = ({ site }: APIContext) => jsonFile(serviceRows(site));
