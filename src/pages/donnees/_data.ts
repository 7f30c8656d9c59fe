/**
 * The rows of the open data files, computed once from the content for the page
 * and the files of /donnees/ (src/lib/open-data.ts says why these field names).
 */
import { actions, departementOfAction, dispositifs, etablissements, fiches, sources, type Dispositif } from '../../content.ts';
import { href, paths } from '../../lib/paths.ts';
import { internationalPhone, isoDay, type PlaceRow } from '../../lib/open-data.ts';
import { schoolOf } from '../semaine/_data.ts';

export const donneesPaths = {
  page: '/donnees/',
  json: '/donnees/dispositifs.json',
  csv: '/donnees/dispositifs.csv',
  geojson: '/donnees/dispositifs.geojson',
  fiches: '/donnees/fiches.json',
  actions: '/donnees/actions.json',
  ics: '/semaine/semaine.ics',
} as const;

/** Absolute addresses, so that a row still points home once downloaded. */
export const absolute = (site: URL | undefined, path: string) => new URL(href(path), site ?? 'http://localhost/').href;

function sourceOf(id: string): string {
  const source = sources.get(id)?.data;
  return source?.url ?? source?.titre ?? id;
}

function placeRow(d: Dispositif, site: URL | undefined): PlaceRow {
  const e = d.etablissement?.data;
  const { data } = d.entry;
  return {
    id: d.id,
    nom: d.nom,
    type: d.type,
    adresse: d.adresse.length > 0 ? d.adresse.join(', ') : null,
    code_postal: data.code_postal ?? e?.code_postal ?? null,
    code_insee: e?.code_insee ?? null,
    commune: e?.commune ?? null,
    latitude: d.position?.lat ?? null,
    longitude: d.position?.lon ?? null,
    position_approximative: d.position ? d.position.precision !== 'exacte' : null,
    telephone: internationalPhone(d.telephone?.national),
    courriel: e?.courriel ?? null,
    site_web: e?.site_web ?? null,
    uai: e?.uai ?? null,
    departement: d.departement?.code ?? null,
    academie: d.academie?.data.nom ?? null,
    date_maj: isoDay(data.date_maj),
    source: sourceOf(data.source.id),
    lien_source: absolute(site, paths.dispositif(d.id)),
  };
}

export const placeRows = (site: URL | undefined): PlaceRow[] => dispositifs.map((d) => placeRow(d, site));

export const ficheRows = (site: URL | undefined) =>
  fiches.map(({ id, data }) => ({
    id,
    titre: data.titre,
    sigle: data.sigle ?? null,
    champ: data.champ,
    resume: data.resume,
    types_dispositif: data.types_dispositif,
    date_maj: isoDay(data.date_maj),
    source: sourceOf(data.source.id),
    lien_source: absolute(site, paths.fiche(id)),
  }));

export const actionRows = (site: URL | undefined) =>
  actions.map((action) => {
    const { data } = action;
    const school = schoolOf(action);
    const place = data.etablissement;
    const code_insee = 'id' in place ? etablissements.get(place.id)?.data.code_insee : place.code_insee;
    return {
      id: action.id,
      titre: data.titre,
      date: data.date ? isoDay(data.date) : null,
      edition: data.edition?.id ?? null,
      etablissement: school.nom,
      commune: school.commune,
      code_insee: code_insee ?? null,
      departement: departementOfAction(action)?.code ?? null,
      thematiques: data.thematiques,
      partenaires: data.partenaires,
      date_maj: isoDay(data.date_maj),
      source: sourceOf(data.source.id),
      lien_source: absolute(site, paths.action(action.id)),
    };
  });
