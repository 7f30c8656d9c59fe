/** The places of the map page (src/lib/solutions-map/places.ts), written at build time. */
import type { APIRoute } from 'astro';
import { dispositifs, isOnMap } from '../../content.ts';
import { encodePlaces, type MapPlace } from '../../lib/solutions-map/places.ts';

export const GET: APIRoute = () => {
  const places: MapPlace[] = dispositifs.filter(isOnMap).map((d) => ({
    id: d.id,
    type: d.type,
    nom: d.nom,
    commune: d.etablissement!.data.commune,
    departement: d.departement!.code,
    academie: d.academie!.id,
    lat: d.position!.lat,
    lon: d.position!.lon,
    precision: d.position!.precision,
    telephone: d.telephone?.display,
    tel: d.telephone?.href,
  }));
  return new Response(JSON.stringify(encodePlaces(places)), { headers: { 'content-type': 'application/json' } });
};
