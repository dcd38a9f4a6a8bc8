/** Queue rules shared by both backends. */

/**
 * A running job whose lease expires after this many claims is failed instead of handed out again:
 * every worker that took it died or stalled, so the job itself is probably what kills them.
 * Example: a page that makes the extractor run out of memory would otherwise cycle forever.
 */
export const MAX_CLAIMS = 5;

/** The error recorded on such a job. */
export const LEASE_EXHAUSTED = `lease expired on ${MAX_CLAIMS} claims: every worker that took this job died or stalled`;
