import { defineConfig } from 'vitest/config';

/** `npm run conformance`: extra checks against ../shared when it is there; not part of `npm test`. */
export default defineConfig({
  test: {
    include: ['test/conformance/**/*.conformance.ts'],
    testTimeout: 300_000,
    isolate: false,
    pool: 'threads',
  },
});
