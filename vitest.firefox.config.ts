import { defineConfig } from 'vitest/config';

// The real-Firefox tier: the Firefox build in Firefox ESR over WebDriver BiDi. One browser per file, files
// one at a time (a Firefox start takes 4–7 s on a small machine).
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    retry: 0,
  },
});
