/**
 * Bytes → text, with the checks that turn unusable input into one clear error:
 * too big, binary, undecodable, empty.
 *
 * Charset order: a byte-order mark wins (it cannot lie, and WHATWG's encoding sniffing puts
 * it first), then the HTTP `Content-Type` charset, then `<meta charset>` / http-equiv or the
 * XML declaration in the first bytes, else strict UTF-8.
 */
import { IngestError } from './errors.js';

/** Default size cap for one document: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** How many leading bytes are sniffed for binary content and for a declared charset. */
const SNIFF_BYTES = 8192;

/**
 * A text file has few control characters; above this share of the sniffed bytes it is binary.
 * Example: a JPEG's first 8 KB are ~10–20 % control bytes, an article ~0 %.
 */
const MAX_CONTROL_SHARE = 0.05;

/** Signatures of binary formats users are likely to pass by mistake, for a better message. */
const MAGIC: ReadonlyArray<{ name: string; bytes: number[] }> = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'ZIP/Office document', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
];

export interface DecodeOptions {
  /** Charset from an HTTP `Content-Type` header, if any. */
  headerCharset?: string | null;
  /** Size cap in bytes; default 20 MB. */
  maxBytes?: number;
}

/**
 * Decode a document's bytes. Throws `IngestError` (naming `origin`) for a file over the
 * size cap, a binary file, bytes that are not valid in the chosen charset, or an empty file.
 */
export function decodeBytes(bytes: Uint8Array, origin: string, options: DecodeOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new IngestError(origin, `file over the size cap (${formatMb(maxBytes)} MB)`);

  const bom = sniffBom(bytes);
  if (!bom) {
    const binary = binaryKind(bytes);
    if (binary) throw new IngestError(origin, binary === true ? 'binary file' : `binary file (${binary})`);
  }
  const label = bom ?? usableCharset(options.headerCharset) ?? usableCharset(sniffDeclaredCharset(bytes)) ?? 'utf-8';
  let text: string;
  try {
    // ignoreBOM: false makes TextDecoder drop a leading BOM of its own encoding.
    text = label === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    const at = label === 'utf-8' ? firstInvalidUtf8(bytes) : -1;
    const where = at >= 0 ? ` at byte ${at}` : '';
    throw new IngestError(origin, `undecodable bytes (not valid ${label.toUpperCase()}${where}; declare the charset)`);
  }
  if (text.trim() === '') throw new IngestError(origin, 'empty file');
  return text;
}

/** The charset parameter of a `Content-Type` value, e.g. `text/html; charset=ISO-8859-1` → `iso-8859-1`. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : null;
}

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}

/** A label TextDecoder knows, normalized; null for unknown labels so the next source is tried. */
function usableCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * windows-1252 by table: Node 20's TextDecoder decodes this label as ISO-8859-1, turning
 * 0x80–0x9F (curly quotes, dashes, €) into C1 control characters (nodejs/node#56542).
 * WHATWG maps `iso-8859-1`, `latin1` and `us-ascii` to windows-1252 too, so this covers them.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    let s = Buffer.from(part.buffer, part.byteOffset, part.length).toString('latin1');
    s = s.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
    out += s;
  }
  return out;
}

function sniffBom(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** `true` or a format name when the leading bytes look binary, else false. */
function binaryKind(b: Uint8Array): string | boolean {
  for (const m of MAGIC) if (m.bytes.every((x, i) => b[i] === x)) return m.name;
  const n = Math.min(b.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true; // NUL never occurs in text outside UTF-16, which has a BOM here
    // Tab, LF, VT, FF, CR and ESC occur in text files; other C0 bytes do not.
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

/**
 * A charset declared inside the document: `<meta charset="…">`, `<meta http-equiv="Content-Type"
 * content="text/html; charset=…">` or `<?xml … encoding="…"?>`, within the first 8 KB.
 */
export function sniffDeclaredCharset(b: Uint8Array): string | null {
  // latin1 maps every byte to one char, so ASCII markup is readable whatever the real charset.
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, SNIFF_BYTES)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1];
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml ? xml[1] : null;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > b.length) return i;
    for (let k = 1; k < len; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}
