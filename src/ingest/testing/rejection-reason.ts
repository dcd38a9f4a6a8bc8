/** Test helper: the one-line reason of the IngestError a promise rejects with; fails the test otherwise. */
import assert from 'node:assert/strict';
import { IngestError } from '../errors.js';

export async function rejectionReason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof IngestError, String(err));
    return err.reason;
  }
  assert.fail('expected an IngestError');
}
