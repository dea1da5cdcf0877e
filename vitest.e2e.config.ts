import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium; one file at a time on small machines.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    retry: 0,
  },
});
