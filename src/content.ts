/**
 * The content, loaded once and cross-linked for pages: every derived list
 * (dispositifs by type and département, fiches by champ…) is computed here and
 * nowhere else (after the Astro docs' src/content.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { academiesPhrase } from './lib/format/academie-names.ts';
import { boundsOf } from './lib/geo/bounds.ts';
import { communesOfDepartement, departementByCode } from './lib/geo/communes.ts';
import { DISPOSITIF_TYPE_IDS, DISPOSITIF_TYPES, typeName, type DispositifTypeId } from './lib/dispositif-types.ts';
import { useTranslations, type T } from './i18n/dictionaries.ts';
import { communeCentres, locateCommune } from './lib/geo/gazetteer.ts';
import type { Position } from './lib/geo/positions.ts';
import { prepareGlossary } from './lib/search/expansions.ts';
import { prepareRewrites } from './lib/search/query.ts';
import { CHAMP_IDS } from './lib/vocabulary.ts';

export type Academie = CollectionEntry<'academies'>;
export type Etablissement = CollectionEntry<'etablissements'>;
export type Fiche = CollectionEntry<'fiches'>;
export type Action = CollectionEntry<'actions'>;
export type Bulletin = CollectionEntry<'bulletins'>;
export type Ressource = CollectionEntry<'ressources'>;
export type Source = CollectionEntry<'sources'>;

/** A list of entries by id. */
export const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((e) => [e.id, e]));
const frenchOrder = new Intl.Collator('fr', { sensitivity: 'base', numeric: true }).compare;

export const academies = (await getCollection('academies')).sort((a, b) => frenchOrder(a.data.nom, b.data.nom));
export const etablissements = byId(await getCollection('etablissements'));

/**
 * Where each établissement is: its own coordinates when the content gives them,
 * else its commune's centre from the offline gazetteer (never its postal code,
 * which may be a CEDEX code).
 */
export const positions = new Map<string, Position>(
  [...etablissements.values()].map(({ id, data }) => [
    id,
    data.latitude !== undefined && data.longitude !== undefined
      ? { lat: data.latitude, lon: data.longitude, precision: 'exacte' }
      : locateCommune(data.code_insee)!,
  ]),
);
export const fiches = (await getCollection('fiches')).sort((a, b) => frenchOrder(a.data.titre, b.data.titre));
export const fichesById = byId(fiches);
export const sources = byId(await getCollection('sources'));
export const ressources = (await getCollection('ressources')).sort((a, b) => frenchOrder(a.data.titre, b.data.titre));
export const glossaire = (await getCollection('glossaire')).sort((a, b) => frenchOrder(a.id, b.id));
export const actions = (await getCollection('actions')).sort((a, b) => frenchOrder(a.data.titre, b.data.titre));
export const actionsById = byId(actions);
export const bulletins = (await getCollection('bulletins')).sort((a, b) => a.data.date.getTime() - b.data.date.getTime());
/** Editions of the Semaine, the latest first. */
export const editions = (await getCollection('editions')).sort((a, b) => b.data.debut.getTime() - a.data.debut.getTime());
export type Edition = CollectionEntry<'editions'>;
/** The lettres de la MLDS of every académie, the latest first (src/data/lettres.ts groups and reads them). */
export const lettres = (await getCollection('lettres')).sort(
  (a, b) => b.data.date.getTime() - a.data.date.getTime() || (b.data.numero ?? 0) - (a.data.numero ?? 0),
);
export type Lettre = CollectionEntry<'lettres'>;

export interface Departement {
  code: string;
  nom: string;
  academie: Academie;
}

/** The départements of the académies, in code order. */
export const departements: Departement[] = academies
  .flatMap((academie) => academie.data.departements.map((code) => ({ code, nom: departementByCode(code)!.nom, academie })))
  .sort((a, b) => frenchOrder(a.code, b.code));
export const departementsByCode = new Map(departements.map((d) => [d.code, d]));

const academieNames = academies.map((a) => a.data.nom);
/** The network's académies as a sentence of `t`'s language names them (src/lib/format/academie-names.ts). */
export const academiesIn = (t: T, article: 'le' | 'de' = 'le') => academiesPhrase(t, academieNames, article);
/** « les académies de Bordeaux, Limoges et Poitiers », « l’académie de Rouen »: how texts name the network's académies. */
export const academiesText = academiesPhrase(useTranslations('fr'), academieNames);
/** « des académies de Bordeaux, Limoges et Poitiers », « de l’académie de Rouen ». */
export const ofAcademiesText = academiesPhrase(useTranslations('fr'), academieNames, 'de');

/** The box around the communes of the académies' départements: the map's first view. */
export const territoryBounds = boundsOf(
  departements.flatMap(({ code }) => communesOfDepartement(code).flatMap((c) => communeCentres().get(c.code) ?? [])),
);

/** A dispositif with what its page needs: its place, its fiche, its département and académie. */
export interface Dispositif {
  id: string;
  entry: CollectionEntry<'dispositifs'>;
  type: DispositifTypeId;
  /** Its own name, or « PAPS — LP P. Picasso ». */
  nom: string;
  etablissement: Etablissement | undefined;
  fiche: Fiche | undefined;
  departement: Departement | undefined;
  academie: Academie | undefined;
  /** The postal lines to print: the dispositif's own listing when it has one, else its établissement's. */
  adresse: string[];
  lignePostale: string | undefined;
  telephone: Etablissement['data']['telephone'];
  /** Its établissement's position; undefined for a dispositif tied to no place. */
  position: Position | undefined;
}

/** A dispositif's name is a published fact, in French whatever the page's language. */
const french = useTranslations('fr');

function toDispositif(entry: CollectionEntry<'dispositifs'>): Dispositif {
  const { data } = entry;
  const etablissement = data.etablissement ? etablissements.get(data.etablissement.id) : undefined;
  const departement = etablissement ? departementsByCode.get(etablissement.data.departement) : undefined;
  const type = DISPOSITIF_TYPES[data.type];
  const ownPostalCode = data.code_postal ?? etablissement?.data.code_postal;
  const localite = etablissement?.data.ligne_postale?.replace(/^\d{5}\s+/, '') ?? etablissement?.data.commune;
  return {
    id: entry.id,
    entry,
    type: data.type,
    nom: data.nom ?? (etablissement ? `${type.short} — ${etablissement.data.nom}` : typeName(french, data.type)),
    etablissement,
    fiche: fichesById.get(data.fiche?.id ?? type.fiche),
    departement,
    academie: departement?.academie ?? academies.find((a) => a.id === data.academie?.id),
    adresse: data.adresse ?? etablissement?.data.adresse ?? [],
    lignePostale: ownPostalCode && localite ? `${ownPostalCode} ${localite}` : undefined,
    telephone: data.telephone ?? etablissement?.data.telephone,
    position: etablissement && positions.get(etablissement.id),
  };
}

export const dispositifs: Dispositif[] = (await getCollection('dispositifs'))
  .map(toDispositif)
  .sort((a, b) => frenchOrder(a.etablissement?.data.commune ?? '', b.etablissement?.data.commune ?? '') || frenchOrder(a.nom, b.nom));

/** True when the interactive map shows the dispositif (src/pages/carte/lieux.json.ts writes these). */
export function isOnMap(d: Dispositif): boolean {
  return Boolean(d.position && d.departement && d.academie && d.etablissement);
}

/** The kinds of dispositif that have at least one entry, in the registry's order. */
export const dispositifTypesPresent = DISPOSITIF_TYPE_IDS.filter((type) => dispositifs.some((d) => d.type === type));

const dispositifsByEtablissement = Map.groupBy(
  dispositifs.filter((d) => d.etablissement),
  (d) => d.etablissement!.id,
);

export function dispositifsOf(filter: { type?: DispositifTypeId; departement?: string; etablissement?: string }): Dispositif[] {
  // Each établissement page asks for its own: a lookup, not a pass over every dispositif.
  const candidates = filter.etablissement ? (dispositifsByEtablissement.get(filter.etablissement) ?? []) : dispositifs;
  return candidates.filter(
    (d) =>
      (!filter.type || d.type === filter.type) &&
      (!filter.departement || d.departement?.code === filter.departement) &&
      (!filter.etablissement || d.etablissement?.id === filter.etablissement),
  );
}

export const fichesByChamp = CHAMP_IDS.map((champ) => ({ champ, fiches: fiches.filter((f) => f.data.champ === champ) }));

/** The département of an action: its établissement's, or the one written inline. */
export function departementOfAction(action: Action): Departement | undefined {
  const place = action.data.etablissement;
  const code = 'departement' in place ? place.departement : etablissements.get(place.id)?.data.departement;
  return code ? departementsByCode.get(code) : undefined;
}

/** An action's school: the directory's établissement (with its id for a link), or the one written in the action. */
export function schoolOf(action: Action): { nom: string; commune: string; code_insee?: string | undefined; etablissement?: string } {
  const place = action.data.etablissement;
  if ('nom' in place) return { nom: place.nom, commune: place.commune, code_insee: place.code_insee };
  const { data } = etablissements.get(place.id)!;
  return { nom: data.nom, commune: data.commune, code_insee: data.code_insee, etablissement: place.id };
}

/** The fiches that explain a kind of dispositif, and the dispositifs a fiche explains. */
export function dispositifsExplainedBy(fiche: Fiche): Dispositif[] {
  return dispositifs.filter((d) => d.fiche?.id === fiche.id);
}

export { frenchOrder };

/** Acronym → its expansion, for `<abbr>`. */
export const glossaryDefinitions: ReadonlyMap<string, string> = new Map(glossaire.map((g) => [g.id, g.data.definition]));

/** The glossary as the search words of each page need it (src/layouts/Base.astro), prepared once for the whole build. */
export const searchGlossary = prepareGlossary(glossaryDefinitions);

/** The everyday words of content/mots-courants.yaml, ready for the search page's script (src/components/search/SiteSearch.astro). */
export const searchRewrites = prepareRewrites(
  (await getCollection('motsCourants')).map((entry) => ({ search: entry.id, words: entry.data.mots })),
);
