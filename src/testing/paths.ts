/**
 * Paths for tests and benchmarks. Tests run from `dist/` after compilation and from `src/`
 * under tsx, so paths are found from the project root (the folder holding package.json).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The project root: the nearest ancestor of this module that holds package.json. */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('detente: cannot find the project root (no package.json above this module)');
    dir = up;
  }
  root = dir;
  return dir;
}

/** A file under `test/fixtures/`. */
export function fixture(...parts: string[]): string {
  return join(projectRoot(), 'test', 'fixtures', ...parts);
}

/**
 * The shared folder (`../shared` beside the project), or null when it is absent:
 * tests that read real articles from it skip themselves then.
 */
export function sharedDir(...parts: string[]): string | null {
  const dir = process.env.DETENTE_SHARED ?? join(projectRoot(), '..', 'shared');
  return existsSync(dir) ? join(dir, ...parts) : null;
}
