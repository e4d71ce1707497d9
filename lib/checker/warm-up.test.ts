import { describe, expect, it } from 'vitest';
import { check, warmUp } from '.';

const CONTEXT = { platform: 'x', account: 'personal', surface: 'post' } as const;

describe('warmUp', () => {
  it('works in slices until every pattern is ready, and checks give the same findings after', () => {
    const text = 'You are a f***ing idiot, call me about student 2019-33417';
    let slices = 0;
    while (!warmUp(1)) {
      slices++;
      if (slices > 10_000) throw new Error('warmUp never finished');
    }
    // The first call only primes the tokenizer and the model, so it never reports done.
    expect(slices).toBeGreaterThanOrEqual(1);
    expect(warmUp(1)).toBe(true);
    const findings = check(text, CONTEXT);
    expect(new Set(findings.map((f) => f.category))).toEqual(new Set(['confidential', 'derogatory']));
    expect(check(text, CONTEXT)).toEqual(findings);
  });
});
