import { defineConfig } from 'vitest/config';

// CI (.ci/run) asks for a JSON report beside the usual output, to count passed and failed tests.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/helpers/temp-root.ts'],
    // Test files share a worker's loaded modules instead of importing vo's sources anew for each file: the
    // tests keep no global state (vo runs in-process with its own Io), and the suite takes 2.9 min instead of 4.7.
    isolate: false,
    testTimeout: 30_000,
    env: { NO_COLOR: '1' },
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
