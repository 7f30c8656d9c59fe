/** A copy of the project to build apart (a fixture site, a benchmark): its files copied, its packages linked. */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** What a build needs from the project; node_modules is linked, not copied. */
const PROJECT_FILES = ['src', 'scripts', 'content', 'public', 'vendor', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * The project's packages (or those installed in `from`), linked one by one into
 * `root`/node_modules: the caches Astro and Vite keep there (`.astro`, with the
 * content data store, and `.vite`) then belong to that copy alone, not to the
 * project or to a build running beside it.
 */
export function linkPackages(root: string, from = ROOT): void {
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(from, 'node_modules')).filter((n) => n !== '.astro' && n !== '.vite'))
    symlinkSync(join(from, 'node_modules', name), join(root, 'node_modules', name));
}

/** A copy of the project in `root`, ready to build: its files copied, its packages linked. */
export function copyProject(root: string): void {
  for (const entry of PROJECT_FILES) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  linkPackages(root);
}
