/**
 * The directory in the data·inclusion schema, computed from the content for the
 * files /donnees/structures.* and services.* (src/lib/open-data/data-inclusion.ts
 * says which fields, src/lib/data-inclusion.ts which vocabulary values).
 */
import { parse } from 'node-html-parser';
import { dispositifs, positions, type Dispositif, type Etablissement } from '../content.ts';
import { useTranslations } from '../i18n/dictionaries.ts';
import { dataInclusionId, type PlaceBasedTypeId } from '../lib/data-inclusion.ts';
import { agesText, DISPOSITIF_TYPES, typeName } from '../lib/dispositif-types.ts';
import { isoDate } from '../lib/format/dates.ts';
import type { Position } from '../lib/geo/positions.ts';
import { sentences, serviceVocabulary, type ServiceRow, type StructureRow } from '../lib/open-data/data-inclusion.ts';
import { absoluteHref, paths } from '../lib/paths.ts';
import { webUrl } from '../lib/security/addresses.ts';
import { SITE } from '../site.config.ts';

/** The data·inclusion files are French, whatever the page. */
const french = useTranslations('fr');
const producerId = (id: string) => dataInclusionId(SITE.producteur, id);
/** An exact position, or none: the schema cannot say that a commune's centre stands for the building. */
const exact = (position: Position | undefined) =>
  position?.precision === 'exacte' ? { latitude: position.lat, longitude: position.lon } : { latitude: null, longitude: null };

/** One structure per établissement that hosts a dispositif (src/lib/open-data/data-inclusion.ts). */
export const structureRows = (site: URL | undefined): StructureRow[] =>
  [...new Set(dispositifs.flatMap((d) => (d.etablissement ? [d.etablissement] : [])))].map(({ id, data }) => ({
    source: SITE.producteur,
    id: producerId(id),
    nom: data.nom,
    date_maj: isoDate(data.date_maj),
    lien_source: absoluteHref(paths.etablissement(id), site),
    siret: null,
    description: null,
    adresse: data.adresse.length > 0 ? data.adresse.join(', ') : null,
    complement_adresse: null,
    code_postal: data.code_postal ?? null,
    code_insee: data.code_insee ?? null,
    commune: data.commune ?? null,
    ...exact(positions.get(id)),
    telephone: data.telephone?.international ?? null,
    courriel: data.courriel ?? null,
    site_web: webUrl(data.site_web) ?? null,
    horaires_accueil: null,
    accessibilite_lieu: null,
    reseaux_porteurs: null,
  }));

/** The text of a dispositif's own Markdown, paragraph by paragraph. */
function bodyText(d: Dispositif): string {
  const html = d.entry.rendered?.html ?? '';
  return parse(html)
    .childNodes.map((node) => node.textContent.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** A dispositif that a data·inclusion service can describe: one of a kind that sits in an établissement. */
type HeldDispositif = Dispositif & { type: PlaceBasedTypeId; etablissement: Etablissement };

function serviceRow(d: HeldDispositif, site: URL | undefined): ServiceRow {
  const { data } = d.entry;
  const e = d.etablissement;
  const fiche = d.fiche?.data;
  const { age_min, age_max } = data.public ?? {};
  const ages = agesText(french, age_min, age_max);
  const vocabulary = serviceVocabulary(d.type, d.academie?.data.departements ?? []);
  // In the order of SERVICE_COLUMNS, the CSV's.
  return {
    source: SITE.producteur,
    structure_id: producerId(e.id),
    id: producerId(d.id),
    nom: d.nom,
    description: [fiche?.resume, bodyText(d)].filter(Boolean).join('\n\n') || typeName(french, d.type),
    date_maj: isoDate(data.date_maj),
    lien_source: absoluteHref(paths.dispositif(d.id), site),
    type: vocabulary.type,
    thematiques: vocabulary.thematiques,
    publics: vocabulary.publics,
    publics_precisions: sentences([...(ages ? [ages] : []), ...(fiche?.public_vise ?? [])]),
    conditions_acces: sentences(data.public?.conditions ?? []),
    frais: null,
    frais_precisions: null,
    modes_accueil: vocabulary.modes_accueil,
    mobilisable_par: vocabulary.mobilisable_par,
    modes_mobilisation: null,
    mobilisation_precisions: sentences(fiche?.acces ?? []),
    lien_mobilisation: null,
    zone_eligibilite: vocabulary.zone_eligibilite,
    adresse: d.adresse.length > 0 ? d.adresse.join(', ') : null,
    complement_adresse: null,
    code_postal: data.code_postal ?? e.data.code_postal ?? null,
    code_insee: e.data.code_insee ?? null,
    commune: e.data.commune ?? null,
    ...exact(d.position),
    telephone: d.telephone?.international ?? null,
    courriel: null,
    contact_nom_prenom: null,
    horaires_accueil: null,
    volume_horaire_hebdomadaire: vocabulary.volume_horaire_hebdomadaire,
    nombre_semaines: null,
  };
}

const isHeld = (d: Dispositif): d is HeldDispositif => DISPOSITIF_TYPES[d.type].placeBased && d.etablissement !== undefined;

/** One service per dispositif held by an établissement (a data·inclusion service belongs to a structure). */
export const serviceRows = (site: URL | undefined): ServiceRow[] => dispositifs.filter(isHeld).map((d) => serviceRow(d, site));
