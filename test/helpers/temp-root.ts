/**
 * Vitest global setup: every temporary folder of one run goes below one fresh
 * folder (TMPDIR, which `os.tmpdir()` reads), removed when the run ends, so
 * the suite leaves nothing behind in the system's temporary folder. The folder
 * is world-readable like /tmp itself, so tests that run `vo` as another user
 * can still enter it.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'vo-tests-'));
  chmodSync(root, 0o755);
  process.env.TMPDIR = root;
  return () => {
    try {
      rmSync(root, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // A test that made a folder unreadable (as a user that cannot undo it) leaves it; the system cleans it up.
    }
  };
}
