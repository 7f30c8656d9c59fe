/** The établissements that host a dispositif, as data·inclusion structures (src/lib/open-data/data-inclusion.ts). */
import type { APIContext } from 'astro';
import { jsonFile } from '../../data/open-data.ts';
import { structureRows } from '../../data/data-inclusion.ts';

export const GET = ({ site }: APIContext) => jsonFile(structureRows(site));
