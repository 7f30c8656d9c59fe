import type { T, UiKey } from '../i18n/dictionaries.ts';

/**
 * The one place that lists the kinds of dispositif: the key of their name in
 * the dictionary (src/i18n/), the fiche that explains each, and how the map
 * draws them (a colour and a letter, so that the legend never relies on
 * colour alone: RGAA criterion 3.1).
 */
type TypeNameKey = Extract<UiKey, `type.${string}`>;

export interface DispositifType {
  /** Its name in the dictionary, read with a count: `t(type.name, { count })`. */
  name: TypeNameKey;
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
    name: 'type.paps',
    short: 'PAPS',
    fiche: 'mlds-paps',
    placeBased: true,
    colour: '#1f5fa8',
    symbol: 'P',
  },
  dipa: {
    name: 'type.dipa',
    short: 'DIPA',
    fiche: 'dipa',
    placeBased: true,
    colour: '#8a4b08',
    symbol: 'D',
  },
  'micro-lycee': {
    name: 'type.micro-lycee',
    short: 'Micro-lycée',
    fiche: 'micro-lycees',
    placeBased: true,
    colour: '#1d7a46',
    symbol: 'M',
  },
  'reseau-foquale': {
    name: 'type.reseau-foquale',
    short: 'FOQUALE',
    fiche: 'reseau-foquale',
    placeBased: false,
    colour: '#6a3d9a',
    symbol: 'F',
  },
  paqi: {
    name: 'type.paqi',
    short: 'PAQI',
    fiche: 'paqi',
    placeBased: true,
    colour: '#a3195b',
    symbol: 'Q',
  },
  psad: {
    name: 'type.psad',
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

/** « Micro-lycée », « Micro-lycées »: a kind's name, as many as `count`. */
export function typeName(t: T, id: DispositifTypeId, count = 1): string {
  return t(DISPOSITIF_TYPES[id].name, { count });
}

/**
 * A kind named in the plural, as a heading names it (« Micro-lycées »): the
 * form of a small count, which is the plain plural in French, English, Spanish
 * and Portuguese, and the nominative plural in Ukrainian and Arabic (where 2
 * would be Arabic's dual, and 5 Ukrainian's genitive).
 */
export function kindsName(t: T, id: DispositifTypeId): string {
  return typeName(t, id, 3);
}

/** « De 17 à 25 ans », « À partir de 16 ans »: the ages a dispositif takes, or nothing when its listing gives none. */
export function agesText(t: T, ageMin: number | undefined, ageMax: number | undefined): string | undefined {
  if (ageMin !== undefined && ageMax !== undefined) return t('public.ages', { min: ageMin, count: ageMax });
  if (ageMin !== undefined) return t('public.agesFrom', { count: ageMin });
  if (ageMax !== undefined) return t('public.agesUpTo', { count: ageMax });
  return undefined;
}
