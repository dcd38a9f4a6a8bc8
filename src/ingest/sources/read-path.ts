/**
 * Local paths: a file, or a directory read recursively in sorted order. Decides what each
 * file is (page, text dump, feed, JSON Lines) from its extension, then its content.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { IngestError } from '../errors.js';
import { DEFAULT_MAX_BYTES, decodeBytes } from '../decode-bytes.js';
import { looksLikeHtml } from '../extract/extract-article.js';
import { looksLikeFeed } from './feed.js';

export type FileKind = 'html' | 'text' | 'feed' | 'jsonl';

export interface InputFile {
  path: string;
  /** From the extension; 'text' files are re-judged from their content by `readInputFile`. */
  kind: FileKind;
}

const BY_EXTENSION: Record<string, FileKind> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** Files a directory walk passes over without complaint: media, archives, office files, editor leftovers. */
const SKIPPED_IN_DIRECTORIES = /\.(?:png|jpe?g|gif|webp|svg|ico|bmp|tiff?|mp[34]|m4a|wav|ogg|webm|mov|avi|pdf|zip|gz|tgz|bz2|xz|7z|rar|docx?|xlsx?|pptx?|odt|exe|dll|so|dylib|bin|db|sqlite|wal|shm|lock|swp|tmp|bak|json)$|~$/i;

export function kindOfPath(path: string): FileKind {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? 'text';
}

/**
 * The input files under `path`: itself when it is a file, else every usable file below it,
 * recursively, sorted, hidden files and folders skipped. Throws `IngestError` for a missing
 * path or a directory with nothing readable.
 */
export async function listInputFiles(path: string): Promise<InputFile[]> {
  let s;
  try {
    s = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new IngestError(path, code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message);
  }
  if (s.isFile()) return [{ path, kind: kindOfPath(path) }];
  if (!s.isDirectory()) throw new IngestError(path, 'not a regular file or directory');
  const out: InputFile[] = [];
  await walk(path, out);
  if (out.length === 0) throw new IngestError(path, 'nothing readable (no article, feed or JSONL files in this directory)');
  return out;
}

async function walk(dir: string, out: InputFile[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && !SKIPPED_IN_DIRECTORIES.test(e.name)) out.push({ path: p, kind: kindOfPath(p) });
  }
}

/**
 * Read and decode a page, text or feed file; `kind` is corrected from the content (an HTML
 * page or a feed saved as .txt). Throws `IngestError` (size cap, binary, undecodable, empty).
 */
export async function readInputFile(file: InputFile, maxBytes = DEFAULT_MAX_BYTES): Promise<{ kind: Exclude<FileKind, 'jsonl'>; body: string }> {
  const size = (await stat(file.path)).size;
  if (size > maxBytes) throw new IngestError(file.path, `file over the size cap (${maxBytes / 1024 / 1024} MB)`);
  const body = decodeBytes(await readFile(file.path), file.path, { maxBytes });
  if (file.kind === 'feed') return { kind: 'feed', body };
  if (looksLikeFeed(body)) return { kind: 'feed', body };
  if (file.kind === 'text' && looksLikeHtml(body)) return { kind: 'html', body };
  return { kind: file.kind === 'jsonl' ? 'text' : file.kind, body };
}
