import { defineConfig } from 'vitest/config';

// `npm test` runs everything under tests/ except the browser tests, which
// need Chromium and run on their own with `npm run test:browser`.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    // A timeout catches a hang, not slowness: property tests over thousands of workloads take seconds on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
