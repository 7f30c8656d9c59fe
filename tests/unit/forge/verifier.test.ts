/** `npm run verifier` in its three formats, on a small site with nine problems. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { materialiseFixtureInto } from '../content-check/check-fixture.ts';

const script = path.join(import.meta.dirname, '../../../scripts/verifier.ts');

/** Runs the script in a copy of the fixture, since `--format=gitlab` writes a file there. */
function verifier(...args: string[]) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'verifier-'));
  materialiseFixtureInto('many-problems', cwd);
  const run = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' });
  return { cwd, status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run verifier', () => {
  it('prints the report and fails, by default', () => {
    const { status, stdout, stderr } = verifier();
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^9 problèmes dans le contenu :\n {2}- content\/academies\.yaml:6 — champ/);
  });

  it('annotates the changed files on GitHub, one annotation per problem, with the report', () => {
    const { status, stdout, stderr } = verifier('--format=github');
    expect(status).toBe(1);
    const annotations = stdout.trim().split('\n');
    expect(annotations).toHaveLength(9);
    expect(annotations[3]).toMatchInlineSnapshot(
      `"::error file=content/etablissements/lycee-nord.yaml,line=5,title=Champ « commune »::« TERRASSON » n'est pas une commune du département Dordogne (24). Communes proches : Terrasson-Lavilledieu (24547), Meyrals (24268), Verdon (24570). Écrivez le nom officiel ou ajoutez \`code_insee\`."`,
    );
    expect(stderr).toContain('9 problèmes dans le contenu');
  });

  it('writes a Code Quality report for GitLab, with stable fingerprints', () => {
    const first = verifier('--format=gitlab');
    expect(first.status).toBe(1);
    const report = JSON.parse(readFileSync(path.join(first.cwd, 'gl-code-quality-report.json'), 'utf8'));
    expect(report).toHaveLength(9);
    expect(report[3]).toEqual({
      description: expect.stringMatching(/^Champ « commune » : « TERRASSON » n'est pas une commune/),
      check_name: 'verifier-contenu',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'major',
      location: { path: 'content/etablissements/lycee-nord.yaml', lines: { begin: 5 } },
    });
    expect(new Set(report.map((issue: { fingerprint: string }) => issue.fingerprint)).size).toBe(9);
    const again = JSON.parse(readFileSync(path.join(verifier('--format=gitlab').cwd, 'gl-code-quality-report.json'), 'utf8'));
    expect(again.map((issue: { fingerprint: string }) => issue.fingerprint)).toEqual(
      report.map((issue: { fingerprint: string }) => issue.fingerprint),
    );
    expect(first.stderr).toContain('9 problèmes dans le contenu');
  });

  it('refuses an unknown format, naming the known ones', () => {
    const { status, stderr, cwd } = verifier('--format=xml');
    expect(status).toBe(2);
    expect(stderr.trim()).toMatchInlineSnapshot(`"Format inconnu « xml » : choisissez --format=text, --format=github, --format=gitlab."`);
    expect(existsSync(path.join(cwd, 'gl-code-quality-report.json'))).toBe(false);
  });
});
