/**
 * The one error type of the ingest stage: it names the input (`origin`: a path, URL or
 * `file.jsonl:12`) and says what is wrong with it, on one line, so a CLI can print
 * `error.message` as is.
 */
export class IngestError extends Error {
  readonly origin: string;
  readonly reason: string;

  constructor(origin: string, reason: string, options?: { cause?: unknown }) {
    // Newlines in a reason (e.g. from a parser message) would break the one-line promise.
    const oneLine = reason.replace(/\s*\n\s*/g, ' ').trim();
    super(`${origin}: ${oneLine}`, options);
    this.name = 'IngestError';
    this.origin = origin;
    this.reason = oneLine;
  }
}

/** The reason of any thrown value, for wrapping foreign errors into an `IngestError`. */
export function reasonOf(err: unknown): string {
  if (err instanceof IngestError) return err.reason;
  if (err instanceof Error) return err.message;
  return String(err);
}
