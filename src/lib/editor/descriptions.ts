/**
 * French labels and hints of the fields editors fill in, for the JSON Schemas
 * (VS Code shows them on hover), the CMS form and `npm run nouveau`. They say
 * in French what the schemas' doc comments say (src/schemas/*.ts).
 */
import type { CollectionName } from '../../schemas/common.ts';

export interface FieldText {
  label: string;
  hint?: string;
}

/** Fields shared by every collection (src/schemas/common.ts, `provenance`). */
const COMMON: Record<string, FieldText> = {
  date_maj: {
    label: 'Date de l’information',
    hint: 'La date du document source, ou le jour où l’information a été vérifiée (AAAA-MM-JJ).',
  },
  source: { label: 'Source', hint: 'Le document d’où viennent les informations : un identifiant de content/sources.yaml.' },
  autres_sources: { label: 'Autres sources', hint: 'Les autres documents qui ont donné une partie des informations.' },
};

const BY_COLLECTION: Partial<Record<CollectionName, Record<string, FieldText>>> = {
  bulletins: {
    date: { label: 'Jour du bulletin', hint: 'Un jour de l’édition de la Semaine (AAAA-MM-JJ).' },
    edition: { label: 'Édition', hint: 'L’année de l’édition de la Semaine, « 2027 » : un fichier de content/editions.' },
    academie: { label: 'Académie', hint: 'L’académie qui publie le bulletin : son identifiant dans content/academies.yaml.' },
    departement: { label: 'Département à l’honneur', hint: 'Son code, « 33 » ; il doit appartenir à l’académie.' },
    action_phare: { label: 'Action phare', hint: 'L’action présentée ce jour-là (un fichier de content/actions).' },
    actions: { label: 'Autres actions', hint: 'Les autres actions citées par le bulletin.' },
    zoom: { label: 'Zoom du jour', hint: 'La fiche technique présentée ce jour-là (un fichier de content/fiches).' },
    ressources: {
      label: 'Ressources',
      hint: 'Des liens, chacun avec un titre et une adresse https:// (ou mailto: pour écrire à un service).',
    },
    titre: { label: 'Titre du lien' },
    url: { label: 'Adresse du lien', hint: 'Elle commence par https:// (ou mailto: suivi d’un courriel).' },
  },
  actions: {
    titre: { label: 'Titre de l’action', hint: 'Tel que publié.' },
    etablissement: {
      label: 'Établissement',
      hint: 'L’identifiant d’un fichier de content/etablissements ; pour une école absente de l’annuaire, son nom, sa commune et son département.',
    },
    nom: { label: 'Nom de l’école' },
    commune: { label: 'Commune', hint: 'Telle que publiée, ou son nom officiel.' },
    code_insee: { label: 'Code INSEE de la commune', hint: 'Seulement si le nom seul est ambigu.' },
    departement: { label: 'Département', hint: 'Son code, « 64 ».' },
    thematiques: { label: 'Thématiques', hint: 'Une ou plusieurs, dans la liste.' },
    partenaires: { label: 'Partenaires', hint: 'Un partenaire par ligne, tels que publiés.' },
    edition: { label: 'Édition', hint: 'L’année de l’édition de la Semaine, « 2027 », si elle est connue.' },
    date: { label: 'Jour de l’action', hint: 'Si il est connu (AAAA-MM-JJ).' },
  },
  editions: {
    debut: { label: 'Premier jour', hint: 'AAAA-MM-JJ.' },
    fin: { label: 'Dernier jour', hint: 'AAAA-MM-JJ ; une semaine, deux au plus.' },
    academies: { label: 'Académies participantes', hint: 'Leurs identifiants dans content/academies.yaml.' },
    theme: { label: 'Thème', hint: 'Le thème de l’édition, s’il y en a un.' },
  },
  etablissements: {
    nom: { label: 'Nom', hint: 'Tel que publié.' },
    nature: { label: 'Nature', hint: 'Collège, lycée professionnel…, si le document le dit.' },
    statut: { label: 'Statut', hint: 'Public ou privé, si le document le dit.' },
    uai: { label: 'UAI', hint: 'Sept chiffres et une lettre de contrôle, « 0330021U ».' },
    adresse: { label: 'Adresse', hint: 'Les lignes avant celle du code postal, telles que publiées (« BP 7083 » gardé).' },
    code_postal: { label: 'Code postal', hint: 'Tel que publié ; un code CEDEX est accepté.' },
    commune: { label: 'Commune', hint: 'Telle que publiée (« BERGERAC Cedex ») ou son nom officiel.' },
    code_insee: { label: 'Code INSEE', hint: 'Seulement si le nom seul est ambigu.' },
    departement: { label: 'Département', hint: 'Son code, « 33 ».' },
    telephone: { label: 'Téléphone', hint: 'Tel que publié, « 05 53 74 49 00 ».' },
    courriel: { label: 'Courriel' },
    site_web: { label: 'Site web', hint: 'Commence par https://.' },
    latitude: { label: 'Latitude', hint: 'Si elle est connue ; sinon le centre de la commune est utilisé.' },
    longitude: { label: 'Longitude' },
  },
};

/** The label and hint of a top-level field; the field's name when nothing is written for it. */
export function fieldText(collection: CollectionName, field: string): FieldText {
  return BY_COLLECTION[collection]?.[field] ?? COMMON[field] ?? { label: field };
}

/** French names of the collections the CMS and `npm run nouveau` offer. */
export const COLLECTION_LABELS: Partial<Record<CollectionName, { label: string; singular: string }>> = {
  bulletins: { label: 'Bulletins de la Semaine', singular: 'Bulletin' },
  actions: { label: 'Actions de la Semaine', singular: 'Action' },
  editions: { label: 'Éditions de la Semaine', singular: 'Édition' },
};
