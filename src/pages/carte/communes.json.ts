/** The commune search index of the map page: every commune of the académies' départements (src/lib/geo/commune-index.ts). */
import type { APIRoute } from 'astro';
import { departements } from '../../content.ts';
import { encodeCommuneIndex } from '../../lib/geo/commune-index.ts';
import { communesOfDepartement } from '../../lib/geo/communes.ts';
import { locateCommune } from '../../lib/geo/gazetteer.ts';

export const GET: APIRoute = () => {
  const communes = departements.flatMap(({ code }) =>
    communesOfDepartement(code).map((commune) => ({ ...commune, ...locateCommune(commune.code)! })),
  );
  return new Response(JSON.stringify(encodeCommuneIndex(communes)), { headers: { 'content-type': 'application/json' } });
};
