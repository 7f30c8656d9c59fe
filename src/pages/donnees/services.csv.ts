/** The data·inclusion services as CSV, one column per field of the schema; a list's values are joined by « | ». */
import type { APIContext } from 'astro';
import { SERVICE_COLUMNS } from '../../lib/open-data/data-inclusion.ts';
import { toCsv } from '../../lib/open-data/rows.ts';
import { csvFile } from '../../data/open-data.ts';
import { serviceRows } from '../../data/data-inclusion.ts';

export const GET = ({ site }: APIContext) => csvFile(toCsv(serviceRows(site), SERVICE_COLUMNS));
