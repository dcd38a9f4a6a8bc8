/**
 * Resumable JSONL ingest: the store keeps, per file, the byte offset and line after the last saved
 * document, so a 100,000-line dump interrupted at line 60,000 restarts there. The key names the file
 * by path, size and modification time: an edited file starts again from the top (re-saving what is
 * already stored writes nothing, so that is safe too).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Store } from '../store/store.js';

export interface ResumePoint {
  file: string;
  offset: number;
  line: number;
}

/** How often the position is written: often enough to lose little, rarely enough to cost nothing. */
export const CHECKPOINT_EVERY = 250;

export function checkpointKey(file: string): string | null {
  try {
    const s = statSync(file);
    return `jsonl:${resolve(file)}:${s.size}:${Math.floor(s.mtimeMs)}`;
  } catch {
    return null;
  }
}

export async function readResumePoint(store: Store, file: string): Promise<ResumePoint | null> {
  const key = checkpointKey(file);
  const value = key ? await store.getCheckpoint(key) : null;
  if (!value) return null;
  const [offset, line] = value.split(':').map(Number);
  return Number.isFinite(offset) && Number.isFinite(line) ? { file, offset, line } : null;
}

export async function writeResumePoint(store: Store, point: ResumePoint): Promise<void> {
  const key = checkpointKey(point.file);
  if (key) await store.setCheckpoint(key, `${point.offset}:${point.line}`);
}
