/**
 * Where a place is: its postal address as published, and its commune, checked
 * against the administrative map. An editor writes the commune as the document
 * prints it (« PARENTIS EN B. Cedex »), or its INSEE code; the build finds the
 * commune inside the département and fails with the closest names when it cannot.
 */
import { z } from 'astro/zod';
import {
  communeByCode,
  departementByCode,
  departementOfPostalCode,
  nameMatchesCommune,
  resolveCommune,
  type Commune,
} from '../lib/geo/communes.ts';
import { codeInsee, codePostal, departementCode, lines, whenValid } from './common.ts';

/** The fields an editor writes to place something in a commune. */
export const lieuFields = {
  /** Postal lines before the one with the postal code, exactly as published (« BP 7083 » kept). */
  adresse: lines
    .optional()
    .meta({ title: 'Adresse', description: 'Les lignes avant celle du code postal, telles que publiées (« BP 7083 » gardé).' }),
  /** As published; a CEDEX code (24108) is valid for mail but never used to place the school. */
  code_postal: codePostal.optional().meta({ title: 'Code postal', description: 'Tel que publié ; un code CEDEX est accepté.' }),
  /** The commune as the document prints it (« BERGERAC Cedex »), or its official name. */
  commune: z
    .string()
    .min(1)
    .optional()
    .meta({ title: 'Commune', description: 'Telle que publiée (« BERGERAC Cedex ») ou son nom officiel.' }),
  /** INSEE code of the commune; needed only when the name alone is ambiguous. */
  code_insee: codeInsee.optional().meta({ title: 'Code INSEE', description: 'Seulement si le nom seul est ambigu.' }),
  /** Code of the département, « 33 ». */
  departement: departementCode.meta({ title: 'Département', description: 'Son code, « 33 ».' }),
};

interface LieuInput {
  adresse?: string[] | undefined;
  code_postal?: string | undefined;
  commune?: string | undefined;
  code_insee?: string | undefined;
  departement: string;
}

/** What the code uses once the commune is resolved. */
export interface Lieu {
  adresse: string[];
  code_postal?: string;
  /** The last postal line as published: « 24108 BERGERAC Cedex ». */
  ligne_postale?: string;
  /** Official name, « Bergerac ». */
  commune: string;
  code_insee: string;
  departement: string;
  /** True when the postal code is not one of the commune's own (a CEDEX code). */
  cedex: boolean;
}

const describe = (c: Commune) => `${c.nom} (${c.code})`;

type Report = (field: keyof LieuInput, message: string) => void;

/** Finds the commune and checks the postal code, reporting each problem to `report`. */
function locate(input: LieuInput, report: Report): Commune | undefined {
  const { code_postal, departement: code } = input;
  if (code_postal && !departementOfPostalCode(code_postal).includes(code)) {
    report(
      'code_postal',
      `le code postal « ${code_postal} » n'appartient pas au département « ${code} » : un code postal commence par le numéro de son département.`,
    );
  }
  const departement = departementByCode(code);
  if (!departement) {
    report('departement', `le département « ${code} » n'existe pas : écrivez son code, par exemple « 33 » pour la Gironde.`);
    return undefined;
  }
  const where = `${departement.nom} (${departement.code})`;
  if (input.code_insee) {
    const commune = communeByCode(input.code_insee);
    if (!commune) {
      report(
        'code_insee',
        `aucune commune n'a le code INSEE « ${input.code_insee} » : vérifiez-le sur le Code officiel géographique de l'Insee.`,
      );
      return undefined;
    }
    if (commune.departement !== departement.code) {
      report(
        'code_insee',
        `la commune ${describe(commune)} n'est pas dans le département ${where} : corrigez le code INSEE ou le département.`,
      );
      return undefined;
    }
    if (input.commune && !nameMatchesCommune(input.commune, commune)) {
      report(
        'commune',
        `« ${input.commune} » ne désigne pas la commune ${describe(commune)} donnée par le code INSEE : corrigez l'un des deux.`,
      );
    }
    return commune;
  }
  if (!input.commune) {
    report('commune', 'commune manquante : ajoutez `commune` (son nom) ou `code_insee`.');
    return undefined;
  }
  const found = resolveCommune(input.commune, departement.code);
  if (!found.commune) {
    report(
      'commune',
      `« ${input.commune} » n'est pas une commune du département ${where}. Communes proches : ${found.suggestions.map(describe).join(', ')}. Écrivez le nom officiel ou ajoutez \`code_insee\`.`,
    );
  }
  return found.commune;
}

/** Checks the place; runs even when other fields of the entry are wrong, so one build reports everything. */
export const checkLieu = [
  (input: LieuInput, ctx: z.RefinementCtx) => {
    locate(input, (field, message) => ctx.addIssue({ code: 'custom', path: [field], message }));
  },
  { when: whenValid(...Object.keys(lieuFields)) },
] as const;

/** The shape the code uses, once `checkLieu` has passed. */
export function toLieu<T extends LieuInput>(input: T): Omit<T, keyof LieuInput> & Lieu {
  const commune = locate(input, () => {})!;
  const { adresse = [], code_postal, commune: written, code_insee: _code, departement, ...rest } = input;
  return {
    ...rest,
    adresse,
    ...(code_postal ? { code_postal, ligne_postale: `${code_postal} ${written ?? commune.nom}` } : {}),
    commune: commune.nom,
    code_insee: commune.code,
    departement,
    cedex: code_postal !== undefined && !commune.codesPostaux.includes(code_postal),
  };
}
