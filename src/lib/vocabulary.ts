/** Closed lists that content files choose from, with the labels pages show. */

/** The three fields of the fight against early school leaving (Poitiers circular, 2014). */
export const CHAMPS = {
  prevention: {
    label: 'Prévention',
    description: "Dans la classe et l'établissement, pour que chaque élève réussisse et ne quitte pas l'école trop tôt.",
  },
  intervention: { label: 'Intervention', description: 'Dès les premiers signes de décrochage : absences, difficultés scolaires.' },
  remediation: { label: 'Remédiation', description: 'Pour les jeunes qui ont déjà quitté l’école : revenir en formation.' },
} as const;
export type Champ = keyof typeof CHAMPS;
export const CHAMP_IDS = Object.keys(CHAMPS) as [Champ, ...Champ[]];

/** Themes of the Semaine's actions: the Bordeaux guide's list (2020), then the content model's. Add one here when an action needs it. */
export const THEMATIQUES = [
  'FOQUALE',
  'GPDS',
  'formation',
  'tutorat',
  'alliances éducatives',
  'estime de soi',
  'culture',
  'accompagnement',
  'partenariat',
] as const;

export const NATURES = [
  'collège',
  'lycée',
  'lycée général',
  'lycée général et technologique',
  'lycée professionnel',
  'lycée polyvalent',
  'centre d’information et d’orientation',
  'service',
] as const;

export const STATUTS = ['public', 'privé sous contrat', 'privé'] as const;

export const RESSOURCE_TYPES = ['modèle', 'guide', 'vidéo', 'conférence', 'texte officiel', 'lien'] as const;

/**
 * Model documents the site turns into a form to fill in on screen: a component
 * of src/components/modeles/ that a ressource names in its front matter
 * (`modele: lettre-mission-referent`), since content runs no code of its own.
 */
export const MODELES = ['lettre-mission-referent'] as const;

export const PUBLICS = { familles: 'Familles et jeunes', equipes: 'Équipes éducatives' } as const;

/**
 * The guide for families (/quelle-solution/): where a young person is now, and
 * what they want. A fiche says which of these it serves (`orientation`); the
 * questions' wording is in the dictionary (src/i18n/).
 */
export const SITUATIONS = ['scolarise', 'sorti-moins-de-6-mois', 'sorti-depuis-6-mois', 'nouvel-arrivant'] as const;
export type Situation = (typeof SITUATIONS)[number];
export const PROJETS = ['diplome', 'accompagnement'] as const;
export type Projet = (typeof PROJETS)[number];
