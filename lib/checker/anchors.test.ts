import { expect, test } from 'vitest';
import { ANCHOR_TABLE } from './data/anchors';
import { COMPILED, computeAnchors } from './pattern';
import './rules';

test('the precomputed anchor table matches every pattern (else run `npm run gen:anchors`)', () => {
  const table = new Map(JSON.parse(ANCHOR_TABLE) as [string, string[][]][]);
  for (const { text, classes } of COMPILED) {
    const fresh = computeAnchors(text, classes).map((set) => [...set].sort());
    expect(table.get(text), text).toEqual(fresh);
  }
});
