/**
 * Serves the built dashboard (dist/web) for GET requests outside /api: `/` is index.html; only files
 * inside the root are served (no traversal), with a content type from a short list.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.map': 'application/json',
};

export async function serveStatic(c: Context, root: string): Promise<Response | null> {
  let path: string;
  try {
    path = decodeURIComponent(c.req.path);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const rel = normalize(path === '/' ? '/index.html' : path).replace(/^([/\\])+/, '');
  const file = join(root, rel);
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    if (!(await stat(file)).isFile()) return null;
  } catch {
    return null;
  }
  const body = await readFile(file);
  // Hashed asset names (Vite) may be cached for long; index.html must not be.
  const cache = rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  return c.body(body, 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
}
