import { expect, test } from 'vitest';
import { ANCHOR_TABLE } from './data/anchors';
import { COMPILED, compile, computeAnchors } from './pattern';
import './rules';

test('the precomputed anchor table matches every pattern (else run `npm run gen:anchors`)', () => {
  const table = new Map(JSON.parse(ANCHOR_TABLE) as [string, string[][]][]);
  for (const { text, classes } of COMPILED) {
    const fresh = computeAnchors(text, classes).map((set) => [...set].sort());
    expect(table.get(text), text).toEqual(fresh);
  }
});

test('every pattern builds a valid expression (a bad one would make every check return nothing)', () => {
  for (const { text, classes } of [...COMPILED]) {
    expect(() => compile(text, classes).regex(), text).not.toThrow();
  }
});
