/**
 * A true answer where nothing is published yet (a département, a whole
 * académie): which académie it is, and the nearest places elsewhere, measured
 * from the département's chef-lieu, each with its académie named.
 */
import { academies, departements, dispositifs, isOnMap, type Academie, type Departement, type Dispositif } from '../content.ts';
import { centroid, firstOfEach, rankByDistance, type LatLon } from '../lib/geo/distance.ts';
import { communeByCode, departementByCode } from '../lib/geo/communes.ts';
import { communeCentres } from '../lib/geo/gazetteer.ts';

/** The chef-lieu of a département, from the administrative map: its name and its centre. */
export function chefLieuOf(code: string): { nom: string; centre: LatLon } | undefined {
  const chefLieu = departementByCode(code)?.chefLieu;
  const commune = chefLieu === undefined ? undefined : communeByCode(chefLieu);
  const centre = chefLieu === undefined ? undefined : communeCentres().get(chefLieu);
  return commune && centre ? { nom: commune.nom, centre } : undefined;
}

/** Is there a published solution in this département / in this académie? */
export const hasSolutions = {
  departement: (d: Departement) => dispositifs.some((x) => x.departement?.code === d.code),
  academie: (a: Academie) => dispositifs.some((x) => x.academie?.id === a.id),
};

/**
 * Where nothing is published yet, as the map page answers a commune searched
 * there: each académie with no place at all, and each département with none in
 * an académie that has some. `id` names it in the page, `departements` are the
 * codes it covers.
 */
export interface EmptyTerritory {
  id: string;
  academie: Academie;
  /** The département, when the académie itself has places. */
  departement?: Departement;
  departements: string[];
}

export function emptyTerritories(): EmptyTerritory[] {
  return academies.flatMap((academie): EmptyTerritory[] => {
    if (!hasSolutions.academie(academie)) return [{ id: academie.id, academie, departements: academie.data.departements }];
    return departements
      .filter((d) => d.academie.id === academie.id && !hasSolutions.departement(d))
      .map((departement) => ({ id: departement.code, academie, departement, departements: [departement.code] }));
  });
}

export type Nearest = Dispositif & { distance: number };

/** The nearest place of each kind from a point: « le plus proche de chaque type ». */
export function nearestOfEachType(from: LatLon): Nearest[] {
  const located = dispositifs.filter(isOnMap).map((d) => ({ ...d, lat: d.position!.lat, lon: d.position!.lon }));
  return [...firstOfEach(rankByDistance(located, from), (d) => d.type).values()];
}

/** Where the distances of a whole académie are measured from: the middle of its départements' chefs-lieux. */
export function academieCentre(academie: Academie): LatLon | undefined {
  return centroid(academie.data.departements.flatMap((code) => chefLieuOf(code)?.centre ?? []));
}
