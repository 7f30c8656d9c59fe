/** The fiches techniques as JSON: their title, champ and summary; the full text is on their pages. */
import type { APIContext } from 'astro';
import { jsonFile, ficheRows } from '../../data/open-data.ts';

export const GET = ({ site }: APIContext) => jsonFile(ficheRows(site));
