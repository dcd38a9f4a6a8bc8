/**
 * JSON Lines of articles (`{url, title, published, text | html}` per line), streamed in
 * constant memory. Each line yields a document or a failure naming `file.jsonl:LINE`, so one
 * bad line does not stop the rest; every result carries the byte offset just after its line,
 * which a caller stores to resume from there.
 *
 * Lines are split by hand over the byte stream (not readline) so offsets are exact bytes,
 * whatever the line endings and characters.
 */
import { createReadStream } from 'node:fs';
import type { RawDocument } from '../types.js';

export interface JsonlPosition {
  file: string;
  /** 1-based line number. */
  line: number;
  /** Byte offset just after this line (where reading resumes). */
  offset: number;
}

export type JsonlResult =
  | { ok: true; doc: RawDocument; position: JsonlPosition }
  | { ok: false; origin: string; reason: string; position: JsonlPosition };

export interface JsonlOptions {
  /** Byte offset to start at (a value from a previous `position.offset`). Default 0. */
  startOffset?: number;
  /** Line number of the line at `startOffset`. Default 1; with startOffset 0 and startLine n, lines before n are skipped. */
  startLine?: number;
  /** A line longer than this is reported and skipped without being held in memory whole. Default 20 MB. */
  maxLineBytes?: number;
}

const NEWLINE = 0x0a;

export async function* readJsonl(file: string, options: JsonlOptions = {}): AsyncGenerator<JsonlResult> {
  const maxLineBytes = options.maxLineBytes ?? 20 * 1024 * 1024;
  const startOffset = options.startOffset ?? 0;
  let line = options.startOffset ? options.startLine ?? 1 : 1;
  const skipBefore = options.startOffset ? 0 : options.startLine ?? 1;
  let offset = startOffset;
  let parts: Buffer[] = [];
  let partBytes = 0;
  let oversized = false;

  const finish = (bytes: Buffer | null, end: number): JsonlResult | null => {
    const position = { file, line, offset: end };
    const current = line++;
    if (current < skipBefore) return null;
    const origin = `${file}:${current}`;
    if (bytes === null) return { ok: false, origin, reason: `line over the size cap (${maxLineBytes} bytes)`, position };
    const textLine = bytes.toString('utf8').replace(/\r$/, '').replace(/^\uFEFF/, '');
    if (textLine.trim() === '') return null;
    return parseLine(textLine, origin, `${file}#L${current}`, position);
  };

  for await (const chunk of createReadStream(file, { start: startOffset }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, from);
      const piece = chunk.subarray(from, nl < 0 ? chunk.length : nl);
      if (!oversized) {
        if (partBytes + piece.length > maxLineBytes) {
          oversized = true;
          parts = [];
        } else {
          parts.push(piece);
        }
      }
      partBytes += piece.length;
      if (nl < 0) break;
      offset += partBytes + 1;
      const r = finish(oversized ? null : Buffer.concat(parts), offset);
      parts = [];
      partBytes = 0;
      oversized = false;
      if (r) yield r;
      from = nl + 1;
    }
  }
  if (partBytes > 0) {
    offset += partBytes;
    const r = finish(oversized ? null : Buffer.concat(parts), offset);
    if (r) yield r;
  }
}

function parseLine(textLine: string, origin: string, docOrigin: string, position: JsonlPosition): JsonlResult {
  let v: unknown;
  try {
    v = JSON.parse(textLine);
  } catch (err) {
    return { ok: false, origin, reason: `not JSON (${(err as Error).message})`, position };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { ok: false, origin, reason: 'not a JSON object', position };
  const o = v as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string) : null);
  const html = str('html');
  const body = html ?? str('text') ?? str('body') ?? str('content');
  if (!body) return { ok: false, origin, reason: "missing text (expected a non-empty 'text' or 'html' field)", position };
  return {
    ok: true,
    doc: { origin: docOrigin, kind: html ? 'html' : 'text', body, url: str('url'), published: str('published') ?? str('date'), title: str('title') },
    position,
  };
}
