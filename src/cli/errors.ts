/**
 * How the CLI fails: one line on stderr naming the input and the reason, a non-zero exit,
 * never a stack trace (set DETENTE_DEBUG=1 to see one).
 */

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {}

/** The message of any thrown value, on one line. */
export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/\s*\n\s*/g, ' ').trim() || 'unknown error';
}

/** Prints `detente: …` and exits; usage errors exit 2, everything else 1. */
export function fail(err: unknown): never {
  process.stderr.write(`detente: ${oneLine(err)}\n`);
  if (process.env.DETENTE_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
}

/** Counts per-input failures so a command can carry on with the good inputs and still exit non-zero. */
export class FailureLog {
  count = 0;
  report(origin: string, reason: string): void {
    this.count++;
    process.stderr.write(`detente: ${origin}: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
  }
  /** Sets the exit code without cutting stdout short. */
  settle(): void {
    if (this.count > 0) process.exitCode = 1;
  }
}
