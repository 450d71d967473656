import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (src/**/*.test.ts); integration and end-to-end tests live in
// test/. Servers those tests need (Dovecot, PostgreSQL, Chromium) are started by the tests.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['./test/support/build.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
