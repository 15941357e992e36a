import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Rules and the loader keep no module state, so test files can share one module graph.
    isolate: false,
    pool: 'threads',
  },
});
