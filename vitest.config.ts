import { defineConfig } from 'vitest/config';

// Plain Vitest: the code under test (src/lib, src/schemas, the content checker) needs no Astro runtime.
// Three projects: `unit` runs without a build (npm run test:unit); `build` and `e2e` read dist/.
export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    testTimeout: 30_000,
    // Browser tests wait on real pages: a loaded CI machine needs more than the 1 s default.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'] } },
    ],
  },
});
