/** The actions of the Semaine de la persévérance scolaire as JSON. */
import type { APIContext } from 'astro';
import { actionRows } from './_data.ts';

export const GET = ({ site }: APIContext) =>
  new Response(JSON.stringify(actionRows(site), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
