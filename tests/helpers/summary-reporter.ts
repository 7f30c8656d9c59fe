/**
 * Prints one plain closing line, « 134 passed, 0 failed, 3 skipped », that CI
 * and people read the same way whatever the test runner's own format. A test
 * file that fails before its tests run (an import that throws, a hook that
 * fails) and an error outside any test count as failures: they hide tests that
 * never ran, and a line that said « 0 failed » would hide them too.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export function countResults(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []) {
  const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
  for (const module of testModules) {
    let failedTests = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed' || state === 'skipped') counts[state]++;
      if (state === 'failed') failedTests++;
    }
    counts.failed += failedTests;
    // The file itself failed (collection, or a hook), beyond what its tests say.
    if (module.errors().length > 0 && failedTests === 0) counts.failed++;
  }
  return counts;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const { passed, failed, skipped } = countResults(testModules, unhandledErrors);
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
