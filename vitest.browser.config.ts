import { defineConfig } from 'vitest/config';

// `npm run test:browser`: drives Debian's Chromium against the real server.
// Slower than unit tests (a browser starts), so the timeouts are wider.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time keeps the machine's memory in check.
    fileParallelism: false,
  },
});
