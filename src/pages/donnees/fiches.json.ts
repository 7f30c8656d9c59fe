/** The fiches techniques as JSON: their title, champ and summary; the full text is on their pages. */
import type { APIContext } from 'astro';
import { ficheRows } from './_data.ts';

export const GET = ({ site }: APIContext) =>
  new Response(JSON.stringify(ficheRows(site), null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
