/**
 * The one place that lists the kinds of dispositif: their labels, plural labels,
 * the fiche that explains each, and how the map draws them (a colour and a
 * letter, so that the legend never relies on colour alone: RGAA criterion 3.1).
 */
export interface DispositifType {
  label: string;
  plural: string;
  /** Short name, as families meet it. */
  short: string;
  /** Id of the fiche technique that explains this kind of dispositif. */
  fiche: string;
  /** True when each dispositif of this kind sits in one établissement. */
  placeBased: boolean;
  colour: string;
  symbol: string;
}

export const DISPOSITIF_TYPES = {
  paps: {
    label: "Pôle d'accompagnement à la persévérance scolaire",
    plural: "Pôles d'accompagnement à la persévérance scolaire",
    short: 'PAPS',
    fiche: 'mlds-paps',
    placeBased: true,
    colour: '#1f5fa8',
    symbol: 'P',
  },
  dipa: {
    label: "Dispositif d'insertion des primo-arrivants",
    plural: "Dispositifs d'insertion des primo-arrivants",
    short: 'DIPA',
    fiche: 'dipa',
    placeBased: true,
    colour: '#8a4b08',
    symbol: 'D',
  },
  'micro-lycee': {
    label: 'Micro-lycée',
    plural: 'Micro-lycées',
    short: 'Micro-lycée',
    fiche: 'micro-lycees',
    placeBased: true,
    colour: '#1d7a46',
    symbol: 'M',
  },
  'reseau-foquale': {
    label: 'Réseau formation qualification emploi',
    plural: 'Réseaux formation qualification emploi',
    short: 'FOQUALE',
    fiche: 'reseau-foquale',
    placeBased: false,
    colour: '#6a3d9a',
    symbol: 'F',
  },
  paqi: {
    label: "Pôle d'accompagnement à la qualification et à l'insertion",
    plural: "Pôles d'accompagnement à la qualification et à l'insertion",
    short: 'PAQI',
    fiche: 'paqi',
    placeBased: true,
    colour: '#a3195b',
    symbol: 'Q',
  },
  psad: {
    label: "Plate-forme de suivi et d'appui aux décrocheurs",
    plural: "Plates-formes de suivi et d'appui aux décrocheurs",
    short: 'PSAD',
    fiche: 'psad-siei',
    placeBased: false,
    colour: '#4d4d4d',
    symbol: 'S',
  },
} as const satisfies Record<string, DispositifType>;

export type DispositifTypeId = keyof typeof DISPOSITIF_TYPES;
export const DISPOSITIF_TYPE_IDS = Object.keys(DISPOSITIF_TYPES) as [DispositifTypeId, ...DispositifTypeId[]];

/** The class that gives an element its kind's colour, as `--type-colour`: « type-paps ». */
export const typeClass = (id: string) => `type-${id}`;

/**
 * One class per kind, `.type-paps { --type-colour: #1f5fa8 }`: badges and map
 * markers take their colour from a class, never from a style attribute, which
 * the Content-Security-Policy refuses (src/lib/security/csp.ts, `style-src-attr`).
 */
export function typeStylesheet(): string {
  return Object.entries(DISPOSITIF_TYPES)
    .map(([id, { colour }]) => `.${typeClass(id)} {\n  --type-colour: ${colour};\n}\n`)
    .join('');
}
