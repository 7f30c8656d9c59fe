/** What the benchmark scripts share: repeatable synthetic data and how figures are printed. */
import { gzipSync } from 'node:zlib';

/** A repeatable pseudo-random sequence in [0, 1), so that two runs measure the same data. */
export function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Words of the field, to write synthetic French text. */
export const WORDS = (
  'élève élèves jeune jeunes établissement collège lycée formation décrochage prévention accompagnement parcours projet ' +
  'équipe référent famille parents orientation diplôme qualification insertion stage entreprise remobilisation tutorat ' +
  'soutien réussite absentéisme réseau partenaires atelier semaine persévérance scolaire retour maintien examen ' +
  'baccalauréat apprentissage dispositif classe enseignants conseiller psychologue commune département académie ' +
  'le la les un une des du de et pour avec dans sur par qui que est sont avoir être faire aider proposer suivre ' +
  'chaque plusieurs nouveau nouvelle première deuxième année mois semaine jour matin temps heure lieu rencontre'
).split(' ');

/** Size as a server sends it: gzip, level 6. */
export const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 6 }).length;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
