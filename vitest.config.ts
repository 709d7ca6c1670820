import { defineConfig } from 'vitest/config';

/**
 * Four suites: unit (one file per module, mirroring its path under src/ or scripts/), cli (the
 * command-line tools run as users run them), integration (the real `astro build` + Pagefind on
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
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          testTimeout: 60_000,
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
          // A cold search page on a busy machine can take about as long as vitest's default
          // one-second poll to show its first results (scripts/bench/README.md).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
