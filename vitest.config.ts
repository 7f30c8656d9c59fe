import { defineConfig } from 'vitest/config';

// Plain Vitest: the code under test (src/lib, src/schemas, the content checker) needs no Astro runtime.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    testTimeout: 30_000,
    // Browser tests wait on real pages: a loaded CI machine needs more than the 1 s default.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
  },
});
