import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The package's own directory (the one holding package.json and rules/),
 * found from wherever this module runs: the sources under src/, or the
 * bundle under dist/.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules'))) {
      root = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the package directory (package.json next to rules/)');
    dir = parent;
  }
}

const files = new Map<string, string>();

/**
 * A file shipped with the package, such as `openapi.yaml`; read once, since
 * the package does not change while the process runs.
 */
export function readPackageFile(name: string): string {
  let content = files.get(name);
  if (content === undefined) {
    content = readFileSync(join(packageRoot(), name), 'utf8');
    files.set(name, content);
  }
  return content;
}

/** A file shipped with the package, as bytes and unread until asked for (callers keep what they reuse). */
export function readPackageBytes(name: string): Buffer {
  return readFileSync(join(packageRoot(), name));
}

/** The package version from package.json. */
export function packageVersion(): string {
  return (JSON.parse(readPackageFile('package.json')) as { version: string }).version;
}
