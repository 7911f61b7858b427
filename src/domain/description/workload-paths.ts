type Tree = Record<string, unknown>;

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value at a dotted path, reading own properties only (so a path can
 * never reach `__proto__` or anything inherited).
 *
 * @example
 * valueAt({ ingestion: { consumers: 3 } }, 'ingestion.consumers'); // 3
 */
export function valueAt(root: unknown, path: string): unknown {
  let current = root;
  for (const key of path.split('.')) {
    if (!isTree(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * True when a value sits in the way of `path`: a section along it that is
 * not an object (such a workload is left as it is rather than overwritten).
 *
 * @example
 * isBlocked({ ingestion: 5 }, 'ingestion.consumers'); // true
 */
export function isBlocked(root: Tree, path: string): boolean {
  const keys = path.split('.');
  let current: unknown = root;
  for (const key of keys.slice(0, -1)) {
    if (!isTree(current)) return true;
    if (!Object.hasOwn(current, key) || current[key] === undefined) return false;
    current = current[key];
  }
  return !isTree(current);
}

/**
 * Sets the value at a dotted path, creating sections as needed; sections
 * met on the way are copied first, so the caller's objects never change.
 *
 * @example
 * const next = withValueAt({}, 'ingestion.consumers', 3); // { ingestion: { consumers: 3 } }
 */
export function withValueAt(root: Tree, path: string, value: unknown): Tree {
  const keys = path.split('.');
  const copy: Tree = { ...root };
  let parent = copy;
  for (const key of keys.slice(0, -1)) {
    const child = Object.hasOwn(parent, key) && isTree(parent[key]) ? { ...(parent[key] as Tree) } : {};
    defineKey(parent, key, child);
    parent = child;
  }
  defineKey(parent, keys[keys.length - 1], value);
  return copy;
}

/** Own data property even for a key named '__proto__'. */
function defineKey(target: Tree, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
