import { defineConfig } from 'vitest/config';

/**
 * Three suites: unit (pure functions, fast), integration (the real `astro build` + Pagefind on
 * fixture trees, then `dist/` inspected) and e2e (real Chromium against a built site). Builds
 * are heavy on this 2-core machine, so the slower suites run their files one at a time.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
          // A cold search page takes about a second to its first results on a slow day here
          // (the bench's first-results row); vitest's default of one second is no margin.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
