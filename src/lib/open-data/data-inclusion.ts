/**
 * The places as the data·inclusion schema (version 1) lays them out: a structure
 * per établissement that hosts a dispositif, a service per dispositif, every
 * field of the schema present (null where the documents say nothing), so that
 * the national platforms read /donnees/structures.json and services.json as
 * they are. The field names and their meaning are the schema's
 * (vendor/data-inclusion-schema/schemas/v1/); tests/build/data-inclusion.test.ts
 * validates the built files against it. Pure: src/data/open-data.ts passes the
 * content in.
 */
import { DATA_INCLUSION_SERVICES, type PlaceBasedTypeId, type ServiceMapping } from '../data-inclusion.ts';

/** The fields both record kinds share: where the place is and how to reach it. */
interface Place {
  source: string;
  id: string;
  nom: string;
  /** YYYY-MM-DD. */
  date_maj: string;
  /** The record's page on this site. */
  lien_source: string;
  adresse: string | null;
  complement_adresse: null;
  code_postal: string | null;
  code_insee: string | null;
  commune: string | null;
  /** Only an exact position: the schema has no way to say that a commune's centre stands for the building. */
  latitude: number | null;
  longitude: number | null;
  /** E.164, +33553744900. */
  telephone: string | null;
  horaires_accueil: null;
}

/** A structure: an établissement. Fields the documents never give are always null. */
export interface StructureRow extends Place {
  siret: null;
  description: null;
  courriel: string | null;
  site_web: string | null;
  accessibilite_lieu: null;
  reseaux_porteurs: null;
}

/** A service: a dispositif. */
export interface ServiceRow extends Place {
  /** The id of its établissement's structure. */
  structure_id: string;
  description: string;
  type: string;
  thematiques: string[] | null;
  publics: string[] | null;
  /** Who it is for, as the fiche of its kind says. */
  publics_precisions: string | null;
  /** The conditions this dispositif's listing gives. */
  conditions_acces: string | null;
  frais: null;
  frais_precisions: null;
  modes_accueil: string[] | null;
  mobilisable_par: string[] | null;
  modes_mobilisation: null;
  /** « Comment y entrer », as the fiche of its kind says. */
  mobilisation_precisions: string | null;
  lien_mobilisation: null;
  /** Codes of départements (Code officiel géographique). */
  zone_eligibilite: string[] | null;
  courriel: null;
  contact_nom_prenom: null;
  volume_horaire_hebdomadaire: number | null;
  nombre_semaines: null;
}

/** The columns of the CSV files, the schema's required fields first; the JSON objects keep the same order. */
export const STRUCTURE_COLUMNS = [
  'source',
  'id',
  'nom',
  'date_maj',
  'lien_source',
  'siret',
  'description',
  'adresse',
  'complement_adresse',
  'code_postal',
  'code_insee',
  'commune',
  'latitude',
  'longitude',
  'telephone',
  'courriel',
  'site_web',
  'horaires_accueil',
  'accessibilite_lieu',
  'reseaux_porteurs',
] as const satisfies readonly (keyof StructureRow)[];

export const SERVICE_COLUMNS = [
  'source',
  'structure_id',
  'id',
  'nom',
  'description',
  'date_maj',
  'lien_source',
  'type',
  'thematiques',
  'publics',
  'publics_precisions',
  'conditions_acces',
  'frais',
  'frais_precisions',
  'modes_accueil',
  'mobilisable_par',
  'modes_mobilisation',
  'mobilisation_precisions',
  'lien_mobilisation',
  'zone_eligibilite',
  'adresse',
  'complement_adresse',
  'code_postal',
  'code_insee',
  'commune',
  'latitude',
  'longitude',
  'telephone',
  'courriel',
  'contact_nom_prenom',
  'horaires_accueil',
  'volume_horaire_hebdomadaire',
  'nombre_semaines',
] as const satisfies readonly (keyof ServiceRow)[];

/** A list the schema wants non-empty or null. */
const listOrNull = <T>(values: readonly T[]): T[] | null => (values.length > 0 ? [...values] : null);

/**
 * The vocabulary of a dispositif of kind `type` (src/lib/data-inclusion.ts), its
 * zone being `departements`, the codes of its académie's départements.
 */
export function serviceVocabulary(type: PlaceBasedTypeId, departements: readonly string[]) {
  const mapping: ServiceMapping = DATA_INCLUSION_SERVICES[type];
  const values = <T>(list: readonly { value: T }[]) => listOrNull(list.map(({ value }) => value));
  return {
    type: mapping.type.value,
    thematiques: values(mapping.thematiques),
    publics: values(mapping.publics),
    modes_accueil: values(mapping.modes_accueil),
    mobilisable_par: values(mapping.mobilisable_par),
    volume_horaire_hebdomadaire: mapping.volume_horaire_hebdomadaire?.value ?? null,
    zone_eligibilite: mapping.zone_academie ? listOrNull(departements) : null,
  } satisfies Partial<ServiceRow>;
}

/** Points written as one text: each a sentence, ended by a full stop. */
export function sentences(points: readonly string[]): string | null {
  const text = points.map((point) => point.trim().replace(/(?<![.!?…])$/, '.')).join(' ');
  return text === '' ? null : text;
}
