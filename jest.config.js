// Four kinds of tests, one run. Infrastructure (embedded PostgreSQL with the real
// migrations, the Temporal dev server, the Java time-skipping test server) is
// provisioned once in test/support/global-setup.ts.
const { readFileSync } = require('node:fs');

const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }],
    // intl-messageformat and its @formatjs parts ship ES modules only; jest runs CommonJS.
    '/node_modules/(intl-messageformat|@formatjs)/.+\\.js$': ['@swc/jest', { ...swc, swcrc: false }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  moduleNameMapper: {
    '^@dondoc/(domain|config|persistence|temporal-client|workflow-contract|notifications|channels|observability|i18n)$':
      '<rootDir>/libs/$1/src',
  },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
  setupFiles: ['<rootDir>/test/support/quiet-nest-logger.ts'],
};

module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  // A global option in jest (per-project values are ignored): room for real servers on 2 cores.
  testTimeout: 120_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,workflows}/**/*.spec.ts', '<rootDir>/test/lint/*.spec.ts'],
      testPathIgnorePatterns: ['\\.workflow\\.spec\\.ts$', '\\.int-spec\\.ts$'],
    },
    {
      ...shared,
      displayName: 'workflow',
      testMatch: ['<rootDir>/{apps,libs,workflows}/**/*.workflow.spec.ts', '<rootDir>/test/replay/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
    },
    {
      ...shared,
      // The dashboard in Debian's Chromium (playwright-core) against the real system.
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    },
  ],
};
