import { availableParallelism } from 'node:os';
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
    // At least two test workers, also on two cores (Vitest's default there is one): many tests spawn `vo` or wait
    // for its threads, so one worker leaves a core idle much of the time. On two cores the suite takes 2.1 min
    // instead of 3.6 (`time npx vitest run`).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    // A beforeAll that renders several reports (test/report/hostile.test.ts: nine, three of them PDF) outlasts Vitest's
    // 10 s default on a busy two-core machine.
    hookTimeout: 60_000,
    env: { NO_COLOR: '1' },
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
