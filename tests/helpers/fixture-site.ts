/**
 * Builds a copy of the project with some files added or replaced: a small
 * site made for a test (an edition with its bulletins, another académie…).
 * Call it once per test file, in `beforeAll`: a build takes about ten seconds.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { ROOT } from './paths.ts';

/** What a build needs from the project; node_modules is linked, not copied. */
const PROJECT_FILES = ['src', 'scripts', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * The project's packages, linked one by one into `root`/node_modules: the caches
 * Astro and Vite keep there (`.astro`, with the content data store, and `.vite`)
 * then belong to that copy alone, not to the project or to a build running beside it.
 */
export function linkPackages(root: string): void {
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules')).filter((n) => n !== '.astro' && n !== '.vite'))
    symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name));
}

/** A copy of the project in `root`, ready to build: its files copied, its packages linked. */
export function copyProject(root: string): void {
  for (const entry of PROJECT_FILES) cpSync(join(ROOT, entry), join(root, entry), { recursive: true });
  linkPackages(root);
}

export interface FixtureSite {
  root: string;
  dist: string;
  cleanUp: () => void;
}

export interface FixtureOptions {
  /** Relative path → contents, written over the copy (`content/editions/2031.yaml`). */
  files?: Record<string, string>;
  /** Relative paths removed from the copy before the files are written (`content/bulletins`). */
  remove?: string[];
  /** Extra environment for the build (`BASE_PATH`, `SITE_URL`). */
  env?: Record<string, string>;
  /** Runs in the copy once the files are written, before the build (a script an editor would run). */
  before?: (root: string) => void;
}

export function buildFixtureSite(name: string, { files = {}, remove = [], env = {}, before }: FixtureOptions = {}): FixtureSite {
  const root = mkdtempSync(join(tmpdir(), `site-${name}-`));
  const cleanUp = () => rmSync(root, { recursive: true, force: true });
  try {
    copyProject(root);
    for (const path of remove) rmSync(join(root, path), { recursive: true, force: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    before?.(root);
    execFileSync('npm', ['run', 'build'], { cwd: root, env: { ...process.env, ...env }, stdio: 'pipe' });
  } catch (error) {
    const output =
      error && typeof error === 'object' && 'stdout' in error ? `${error.stdout}\n${(error as { stderr?: unknown }).stderr}` : '';
    cleanUp();
    throw new Error(`la construction du site de test « ${name} » a échoué :\n${output || String(error)}`);
  }
  return { root, dist: join(root, 'dist'), cleanUp };
}

/** Every file under a fixture folder (tests/fixtures/sites/<name>/), as `files` for buildFixtureSite. */
export function readFixtureFiles(name: string): Record<string, string> {
  const dir = join(ROOT, 'tests/fixtures/sites', name);
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path).split(sep).join('/'), readFileSync(path, 'utf8')];
      }),
  );
}
