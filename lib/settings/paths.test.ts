import { describe, expect, it } from 'vitest';
import { getPath, issuePath, setPath } from './paths';

describe('paths', () => {
  const root = { a: { b: [{ c: 1 }, { c: 2 }] }, d: null };

  it('reads nested objects and arrays', () => {
    expect(getPath(root, 'a.b.1.c')).toBe(2);
    expect(getPath(root, 'a.x.y')).toBeUndefined();
    expect(getPath(root, 'd.e')).toBeUndefined();
  });

  it('writes without mutating, copying only along the path', () => {
    const next = setPath(root, 'a.b.0.c', 9);
    expect(getPath(next, 'a.b.0.c')).toBe(9);
    expect(root.a.b[0].c).toBe(1);
    expect(Array.isArray(next.a.b)).toBe(true);
    expect(next.a.b[1]).toBe(root.a.b[1]);
    expect(setPath(root, 'd.e', 1).d).toEqual({ e: 1 });
  });

  it('formats zod paths', () => {
    expect(issuePath(['schools', 0, 'name'])).toBe('schools.0.name');
  });
});
