/** The actions of the Semaine de la persévérance scolaire as JSON. */
import type { APIContext } from 'astro';
import { jsonFile, actionRows } from '../../data/open-data.ts';

export const GET = ({ site }: APIContext) => jsonFile(actionRows(site));
