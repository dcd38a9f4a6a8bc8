/**
 * Imports a GDELT or ACLED file into the store. The batch key is the sha256 of the file's bytes, so
 * importing the same file again writes nothing (Store.importEvents is idempotent per batch).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Store } from '../store/store.js';
import { ExchangeError } from './errors.js';
import { parseGdelt } from './gdelt-import.js';
import { parseAcled } from './acled-import.js';

export const IMPORT_KINDS = ['gdelt', 'acled'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportSummary {
  kind: ImportKind;
  batchKey: string;
  /** Events parsed from the file. */
  parsed: number;
  /** Rows the store wrote (0 when this file was imported before). */
  written: number;
  skipped: { line: number; reason: string }[];
}

/** Parses `bytes` as `kind` and stores the events; `origin` names the file in errors. */
export async function importBytes(store: Store, kind: ImportKind, bytes: Uint8Array, origin: string): Promise<ImportSummary> {
  const batchKey = `${kind}:sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const text = new TextDecoder('utf-8').decode(bytes);
  const parsed = kind === 'gdelt' ? parseGdelt(text, origin) : parseAcled(text, origin);
  const written = parsed.events.length ? await store.importEvents(batchKey, parsed.events) : 0;
  return { kind, batchKey, parsed: parsed.events.length, written, skipped: parsed.skipped };
}

/** The file's bytes, or an ExchangeError naming it ("x.csv: no such file"). */
export function readImportFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ExchangeError(path, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${(err as Error).message})`);
  }
}

export async function importFile(store: Store, kind: ImportKind, path: string): Promise<ImportSummary> {
  return importBytes(store, kind, readImportFile(path), path);
}
