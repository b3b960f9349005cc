import { unlinkSync } from 'node:fs';

/**
 * SIGINT (Ctrl-C) and SIGTERM during a write must not leave a temporary file
 * behind (issue #15). The binary enables this once (`vo` run by a person or CI);
 * in-process runs (tests, other hosts) leave `process` alone.
 *
 * The handlers are installed at the first write, not at the start: with a
 * handler installed, Node delays a signal until the running JavaScript yields,
 * and reading a large register must stay interruptible at once. The writer is
 * synchronous, so a signal that arrives during a write is handled right after
 * it: the file is then complete or absent, any temporary file is removed, and
 * vo stops with the signal, as it would have without a handler.
 */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const temporaries = new Set<string>();
let enabled = false;
let installed = false;

export function enableSignalCleanup(): void {
  enabled = true;
}

export function rememberTemporary(path: string): void {
  temporaries.add(path);
  if (enabled && !installed) {
    installed = true;
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
}

export function forgetTemporary(path: string): void {
  temporaries.delete(path);
}

function onSignal(signal: NodeJS.Signals): void {
  for (const path of temporaries) {
    try {
      unlinkSync(path);
    } catch {
      // gone already
    }
  }
  temporaries.clear();
  for (const each of SIGNALS) process.off(each, onSignal);
  // Stop the way the signal would have stopped us (exit status 128 + its number), so a shell sees the interrupt.
  process.kill(process.pid, signal);
}
