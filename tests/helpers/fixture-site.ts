/**
 * Builds a copy of the project with some files added or replaced: a small
 * site made for a test (an edition with its bulletins, another académie…).
 * Call it once per test file, in `beforeAll`: a build takes about ten seconds.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { ROOT } from './paths.ts';

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

/**
 * The tests' environment without the variables Vitest copies from `import.meta.env`
 * (`BASE_URL`, `MODE`…): Astro reads `process.env` into the built code's
 * `import.meta.env`, so an inherited `BASE_URL=/` would hide the build's `BASE_PATH`.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete inherited[name];
  return inherited;
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
    execFileSync('npm', ['run', 'build'], { cwd: root, env: { ...buildEnvironment(), ...env }, stdio: 'pipe' });
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
