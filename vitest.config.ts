import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests start real processes; on a loaded 2-core machine a few seconds is not enough.
    testTimeout: 30_000,
  },
});
