/**
 * Which files a collection publishes. The checker reads the very list Astro's
 * glob() loader will load, found by the same library with the same options
 * and the same pattern (src/schemas/index.ts `globPattern`), so that no file
 * is published unchecked; every other file of the folder is reported.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';

/** The files Astro's glob() loader loads from `folder` (astro/dist/content/loaders/glob.js calls tinyglobby so). */
export function filesAstroLoads(folder: string, pattern: string): string[] {
  return globSync(pattern, { cwd: folder, expandDirectories: false }).sort();
}

/** Every file and link under `folder`, hidden ones and those in subfolders included, relative to it, in `/` form. */
export function everyFile(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** A symbolic link publishes whatever it points to, a file of the machine that builds the site included. */
export function isSymbolicLink(path: string): boolean {
  return lstatSync(path).isSymbolicLink();
}

/** Files that keep an empty folder in git; they are never published. */
export const KEEP_FILES = new Set(['.gitkeep']);
