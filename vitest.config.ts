import { defineConfig } from 'vitest/config';

// CI (.ci/run) asks for a JSON report beside the usual output, to count passed and failed tests.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/helpers/temp-root.ts'],
    testTimeout: 30_000,
    env: { NO_COLOR: '1' },
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
