/** Reading and immutably writing settings by dotted path (`schools.0.name`, `categories.political.mode`). */

type Node = Record<string, unknown> | unknown[];

export function getPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with `value` at `path`; objects and arrays along the way are copied, not mutated. */
export function setPath<T>(root: T, path: string, value: unknown): T {
  const write = (node: unknown, keys: string[]): unknown => {
    const [head, ...rest] = keys;
    const container: Node = Array.isArray(node) ? [...node] : { ...((node as Record<string, unknown>) ?? {}) };
    const child = (container as Record<string, unknown>)[head];
    (container as Record<string, unknown>)[head] = rest.length === 0 ? value : write(child, rest);
    return container;
  };
  return write(root, path.split('.')) as T;
}

/** Zod issue path (`['schools', 0, 'name']`) as a dotted path. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
