import { defineConfig } from 'vitest/config';

// `npm test` runs everything under tests/ except the browser tests, which
// need Chromium and run on their own with `npm run test:browser`.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
  },
});
