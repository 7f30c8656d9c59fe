/**
 * The small sites of tests/fixtures/content, and the content checker run on them.
 * Each scenario holds only what it is about; the files every site needs
 * (academies, glossary, sources) come from tests/fixtures/content/_base/, and a
 * scenario's own file of the same path replaces the base's.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent } from '../../../src/integrations/content-check/index.ts';
import { formatReport } from '../../../src/integrations/content-check/problem.ts';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/content');

/** Writes the base, then the scenario over it, into `root` (which then holds content/, public/…). */
export function materialiseFixtureInto(name: string, root: string): string {
  cpSync(path.join(FIXTURES, '_base'), root, { recursive: true });
  cpSync(path.join(FIXTURES, name), root, { recursive: true });
  return root;
}

let scratch: string | undefined;
const materialised = new Map<string, string>();

/**
 * The scenario `name` as a whole site, at <tmp>/<name>/ so that the paths in
 * messages read « content/… »; written once per test file, removed when it ends.
 * Read-only: a test that writes into a site copies it with `materialiseFixtureInto`.
 */
export function materialiseFixture(name: string): string {
  if (!scratch) {
    const dir = mkdtempSync(path.join(tmpdir(), 'fixtures-content-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    scratch = dir;
  }
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
