/**
 * The small sites of tests/fixtures/content, and the content checker run on them.
 * Each scenario holds only what it is about. The files every site needs
 * (academies, glossary, sources) come from tests/fixtures/content/_base/; a
 * scenario whose `_extends` file names a second layer (`_lycee-exemple`: an
 * académie, a lycée, its PAPS and a fiche) gets that layer's files over them;
 * the scenario's own files come last and replace any file of the same path.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { checkContent } from '../../../src/integrations/content-check/index.ts';
import { formatReport } from '../../../src/integrations/content-check/problem.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/content');

/** The marker of a scenario that builds on a second layer: its one line names the layer's folder. */
const EXTENDS = '_extends';

/** The folders that make up scenario `name`, base first: `_base`, its `_extends` layer if any, itself. */
function layersOf(name: string): string[] {
  const marker = path.join(FIXTURES, name, EXTENDS);
  const layer = existsSync(marker) ? [readFileSync(marker, 'utf8').trim()] : [];
  return ['_base', ...layer, name];
}

/** Writes the layers of scenario `name`, each over the one before, into `root` (which then holds content/, public/…). */
export function materialiseFixtureInto(name: string, root: string): string {
  for (const layer of layersOf(name))
    cpSync(path.join(FIXTURES, layer), root, { recursive: true, filter: (source) => path.basename(source) !== EXTENDS });
  return root;
}

let scratch: string | undefined;
const materialised = new Map<string, string>();
// Evaluated once per test file (Vitest isolates files): the file's sites go when it ends.
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/**
 * The scenario `name` as a whole site, at <tmp>/<name>/ so that the paths in
 * messages read « content/… »; written once per test file, removed when it ends.
 * Read-only: a test that writes into a site copies it with `materialiseFixtureInto`.
 */
export function materialiseFixture(name: string): string {
  scratch ??= mkdtempSync(path.join(tmpdir(), 'fixtures-content-'));
  let root = materialised.get(name);
  if (!root) materialised.set(name, (root = materialiseFixtureInto(name, path.join(scratch, name))));
  return root;
}

export function checkFixture(name: string) {
  const root = materialiseFixture(name);
  const { entries, problems } = checkContent(root);
  return {
    root,
    entries,
    problems,
    /** « etablissements/lycee-exemple » for each entry that passed its schema. */
    ids: entries.map((e) => `${e.collection}/${e.id}`),
    /** The text an editor reads when the build fails. */
    report: formatReport(problems),
  };
}

/** The parsed data of one valid entry. */
export function parsedOf(entries: ReturnType<typeof checkFixture>['entries'], collection: string, id: string) {
  const entry = entries.find((e) => e.collection === collection && e.id === id);
  if (!entry) throw new Error(`${collection}/${id} is not among the valid entries`);
  return entry.parsed;
}
