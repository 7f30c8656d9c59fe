/**
 * The rows of the open data files, computed once from the content for the page
 * and the files of /donnees/ (src/lib/open-data/rows.ts says why these field names).
 */
import { actions, departementOfAction, dispositifs, fiches, schoolOf, sources, type Dispositif } from '../content.ts';
import { absoluteHref, paths } from '../lib/paths.ts';
import { webUrl } from '../lib/security/addresses.ts';
import { isoDate } from '../lib/format/dates.ts';
import type { PlaceRow } from '../lib/open-data/rows.ts';

/** The files /donnees/ lists (the page itself is `paths.donnees`). */
export const donneesPaths = {
  json: `${paths.donnees}dispositifs.json`,
  csv: `${paths.donnees}dispositifs.csv`,
  geojson: `${paths.donnees}dispositifs.geojson`,
  fiches: `${paths.donnees}fiches.json`,
  actions: `${paths.donnees}actions.json`,
  structures: `${paths.donnees}structures.json`,
  structuresCsv: `${paths.donnees}structures.csv`,
  services: `${paths.donnees}services.json`,
  servicesCsv: `${paths.donnees}services.csv`,
  ics: paths.ics,
} as const;

/** A JSON data file, indented for whoever opens it. */
export const jsonFile = (value: unknown) =>
  new Response(JSON.stringify(value, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });

/** A CSV data file (src/lib/open-data/rows.ts `toCsv` says how it is made safe to open in a spreadsheet). */
export const csvFile = (text: string) => new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });

/** The source's web address, or its title when it has none that a reader could open. */
function sourceOf(id: string): string {
  const source = sources.get(id)?.data;
  return webUrl(source?.url) ?? source?.titre ?? id;
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
    telephone: d.telephone?.international ?? null,
    courriel: e?.courriel ?? null,
    site_web: webUrl(e?.site_web) ?? null,
    uai: e?.uai ?? null,
    departement: d.departement?.code ?? null,
    academie: d.academie?.data.nom ?? null,
    date_maj: isoDate(data.date_maj),
    source: sourceOf(data.source.id),
    lien_source: absoluteHref(paths.dispositif(d.id), site),
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
    date_maj: isoDate(data.date_maj),
    source: sourceOf(data.source.id),
    lien_source: absoluteHref(paths.fiche(id), site),
  }));

export const actionRows = (site: URL | undefined) =>
  actions.map((action) => {
    const { data } = action;
    const school = schoolOf(action);
    return {
      id: action.id,
      titre: data.titre,
      date: data.date ? isoDate(data.date) : null,
      edition: data.edition?.id ?? null,
      etablissement: school.nom,
      commune: school.commune,
      code_insee: school.code_insee ?? null,
      departement: departementOfAction(action)?.code ?? null,
      thematiques: data.thematiques,
      partenaires: data.partenaires,
      date_maj: isoDate(data.date_maj),
      source: sourceOf(data.source.id),
      lien_source: absoluteHref(paths.action(action.id), site),
    };
  });
