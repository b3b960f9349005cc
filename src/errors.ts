/**
 * Errors that end a command with exit code 2 and a short message:
 * usage errors, a missing or invalid config, an unreadable register.
 * Anything else that escapes is a bug: the CLI prints one line and a hint to rerun with --debug.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
