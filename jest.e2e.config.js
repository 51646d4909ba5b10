/**
 * The browser tests: the built pane (dist/) in Debian's Chromium. Apart from the unit tests, which stay fast;
 * `npm run build` first.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  testTimeout: 120_000,
  // One browser at a time: on 2 cores, two Chromiums at work lengthen each other's main-thread tasks,
  // which the 5,000-submission test measures.
  maxWorkers: 1,
  reporters: ['default', ['<rootDir>/test/support/summary-reporter.js', { label: 'e2e' }]],
};
