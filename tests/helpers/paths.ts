/** Where tests find the project, its build and the source documents. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../../scripts/lib/project-copy.ts';

export { ROOT };
export const DIST = resolve(ROOT, 'dist');
/** The source documents live beside the repository (`../shared/seeds`), in CI too. */
export const SEEDS = resolve(ROOT, '../shared/seeds');
export const hasSeeds = existsSync(SEEDS);
