/** The closing line CI reads counts a file that cannot load and an error outside any test as failures. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

it('says « 2 passed, 2 failed » for a passing test, a file that cannot load and an error after a test', () => {
  const root = path.join(import.meta.dirname, '../fixtures/reporter');
  const vitest = path.join(import.meta.dirname, '../../node_modules/vitest/vitest.mjs');
  const run = spawnSync(process.execPath, [vitest, 'run', '--root', root], { encoding: 'utf8', env: { ...process.env, CI: '' } });
  expect(run.status).not.toBe(0);
  expect(run.stdout.trim().split('\n').at(-1)).toBe('2 passed, 2 failed, 0 skipped');
});
