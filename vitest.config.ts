import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Integration tests build whole datasets; two workers match the machine's two cores.
    maxWorkers: 2,
    // As `npm run pipeline` runs: builds collect garbage between their phases (pipeline/build.ts).
    execArgv: ['--expose-gc'],
  },
});
