import type { DISPOSITIF_TYPES, DispositifTypeId } from './dispositif-types.ts';
import modesAccueil from '../../vendor/data-inclusion-schema/schemas/v1/extra/modes-accueil.json' with { type: 'json' };
import personnesMobilisatrices from '../../vendor/data-inclusion-schema/schemas/v1/extra/personnes-mobilisatrices.json' with { type: 'json' };
import publics from '../../vendor/data-inclusion-schema/schemas/v1/extra/publics.json' with { type: 'json' };
import thematiques from '../../vendor/data-inclusion-schema/schemas/v1/extra/thematiques.json' with { type: 'json' };
import typesDeServices from '../../vendor/data-inclusion-schema/schemas/v1/extra/types-de-services.json' with { type: 'json' };

/**
 * What each kind of dispositif is in the vocabularies of the data·inclusion schema
 * (version 1, vendor/data-inclusion-schema/): the national offer of insertion
 * services that missions locales, France Travail and DORA search. Published in
 * /donnees/services.json and explained, value by value, on /donnees/.
 *
 * A value is set only where the fiche of the kind says it: each one carries the
 * fiche's own words (`because`), which tests/content/data-inclusion.test.ts finds
 * in that fiche, so that a fiche rewritten without them fails the tests until
 * this table follows. What the fiches do not say (fees, a referral channel, a
 * thematic the schema has no word for, such as going back to school) stays empty.
 */

/** A vocabulary value, with the words of the fiche that support it. */
export interface Justified<Value> {
  value: Value;
  /** Quoted from the kind's fiche (content/fiches/<fiche>.md), word for word. */
  because: string;
}

export interface ServiceMapping {
  /** `type`: one of vendor/…/extra/types-de-services.json. */
  type: Justified<string>;
  /** `thematiques`: values of extra/thematiques.json. */
  thematiques: readonly Justified<string>[];
  /** `publics`: values of extra/publics.json. */
  publics: readonly Justified<string>[];
  /** `modes_accueil`: values of extra/modes-accueil.json. */
  modes_accueil: readonly Justified<string>[];
  /** `mobilisable_par`: values of extra/personnes-mobilisatrices.json. */
  mobilisable_par: readonly Justified<string>[];
  /** `volume_horaire_hebdomadaire`, in hours, when the fiche gives it. */
  volume_horaire_hebdomadaire?: Justified<number>;
  /** `zone_eligibilite`: the académie's départements, when the fiche says young people are recruited across the académie. */
  zone_academie?: Justified<true>;
}

/** The kinds that sit in one établissement: a data·inclusion service needs a structure. */
export type PlaceBasedTypeId = {
  [Id in DispositifTypeId]: (typeof DISPOSITIF_TYPES)[Id]['placeBased'] extends true ? Id : never;
}[DispositifTypeId];

export const DATA_INCLUSION_SERVICES = {
  'micro-lycee': {
    type: { value: 'formation', because: 'Ils y préparent en 2 ans un baccalauréat général, technologique ou professionnel.' },
    thematiques: [],
    publics: [{ value: 'jeunes', because: 'Elles accueillent les jeunes de 17 à 25 ans' }],
    modes_accueil: [{ value: 'en-presentiel', because: 'Des structures installées dans un lycée' }],
    mobilisable_par: [{ value: 'professionnels', because: 'La plate-forme propose sa candidature' }],
    zone_academie: { value: true, because: "le recrutement se fait au niveau de l'académie" },
  },
  dipa: {
    type: { value: 'formation', because: 'Une formation de 24 heures par semaine.' },
    thematiques: [
      { value: 'lecture-ecriture-calcul--maitriser-le-francais', because: 'Apprentissage du français langue seconde.' },
      { value: 'lecture-ecriture-calcul--maitriser-le-calcul', because: 'Bases en mathématiques, travaillées en français.' },
      {
        value: 'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives',
        because: 'Aide et suivi pour les démarches administratives.',
      },
    ],
    publics: [
      { value: 'jeunes', because: 'Il reçoit des jeunes de 16 à 18 ans' },
      // The schema's « personnes exilées » are « réfugiés, demandeurs d’asile, personnes immigrées, etc ».
      { value: 'personnes-exilees', because: "arrivés en France depuis moins d'un an" },
    ],
    modes_accueil: [{ value: 'en-presentiel', because: 'au lycée A. Kastler de Talence' }],
    mobilisable_par: [],
    volume_horaire_hebdomadaire: { value: 24, because: 'Une formation de 24 heures par semaine.' },
  },
  paps: {
    type: { value: 'accompagnement', because: 'Accueillir et accompagner' },
    thematiques: [
      { value: 'remobilisation--bien-etre-confiance-en-soi', because: 'aider ces jeunes à reprendre confiance' },
      { value: 'remobilisation--lien-social', because: 'à renouer avec leur entourage social, éducatif et familial' },
      { value: 'se-former--trouver-sa-formation', because: "les aider à prendre en main leur projet de formation et d'insertion" },
    ],
    publics: [{ value: 'jeunes', because: 'accueille les jeunes de plus de 16 ans' }],
    modes_accueil: [{ value: 'en-presentiel', because: "recevoir, avec un statut d'élève, les jeunes de plus de 16 ans" }],
    mobilisable_par: [],
  },
  paqi: {
    type: { value: 'accompagnement', because: "ont besoin d'un accompagnement spécifique" },
    thematiques: [],
    publics: [{ value: 'jeunes', because: "Les jeunes qui ne sont plus soumis à l'obligation scolaire" }],
    modes_accueil: [],
    mobilisable_par: [],
  },
} as const satisfies Record<PlaceBasedTypeId, ServiceMapping>;

/** The vocabulary fields of a service, in the order /donnees/ explains them. */
export const MAPPED_FIELDS = [
  'type',
  'thematiques',
  'publics',
  'modes_accueil',
  'mobilisable_par',
  'volume_horaire_hebdomadaire',
  'zone_eligibilite',
] as const;

/** « perseverance-scolaire-nouvelle-aquitaine--micro-lycee-agen »: the schema's ids are the producer's, then the record's. */
export const dataInclusionId = (producer: string, id: string) => `${producer}--${id}`;

/** The schema's vocabularies as its maintainers publish them: value, label, description. */
type Vocabulary = readonly { value: string; label: string; description: string | null }[];

const VOCABULARIES: Record<Exclude<(typeof MAPPED_FIELDS)[number], 'volume_horaire_hebdomadaire' | 'zone_eligibilite'>, Vocabulary> = {
  type: typesDeServices,
  thematiques,
  publics,
  modes_accueil: modesAccueil,
  mobilisable_par: personnesMobilisatrices,
};

/** « Formation »: a value's label in the schema's vocabulary of `field`, undefined for a value it does not hold. */
export function vocabularyLabel(field: keyof typeof VOCABULARIES, value: string): string | undefined {
  return VOCABULARIES[field].find((entry) => entry.value === value)?.label;
}

/** The version of the schema the files follow (vendor/data-inclusion-schema/README.md), and where it is documented. */
export const DATA_INCLUSION_SCHEMA = {
  version: '1.0.8',
  documentation: 'https://gip-inclusion.github.io/data-inclusion-schema/latest/',
  repository: 'https://github.com/gip-inclusion/data-inclusion-schema/tree/v1.0.8/schemas/v1',
} as const;
