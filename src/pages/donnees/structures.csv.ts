/** The data·inclusion structures as CSV, one column per field of the schema. */
import type { APIContext } from 'astro';
import { STRUCTURE_COLUMNS } from '../../lib/open-data/data-inclusion.ts';
import { toCsv } from '../../lib/open-data/rows.ts';
import { csvFile } from '../../data/open-data.ts';
import { structureRows } from '../../data/data-inclusion.ts';

export const GET = ({ site }: APIContext) => csvFile(toCsv(structureRows(site), STRUCTURE_COLUMNS));
