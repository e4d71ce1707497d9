import { describe, expect, test } from 'vitest';
import { check } from '../checker';
import { DEFAULT_SETTINGS } from '../settings';
import { formatFindings, parseContext, runJsonl } from './text';

function run(input: string) {
  const out: string[] = [];
  const err: string[] = [];
  const status = runJsonl(
    input,
    DEFAULT_SETTINGS,
    (l) => out.push(l),
    (m) => err.push(m),
  );
  return { status, out: out.map((l) => JSON.parse(l)), err };
}

describe('check CLI: --jsonl', () => {
  test('one line per record, with the record id or the line number', () => {
    const { status, out, err } = run(
      ['{"id":"a","text":"You are a f***ing idiot"}', '', '{"text":"Picture day is tomorrow!"}'].join('\n'),
    );
    expect(status).toBe(0);
    expect(err).toEqual([]);
    expect(out.map((o) => o.id)).toEqual(['a', 3]);
    expect(out[0].findings[0]).toMatchObject({ category: 'derogatory', clause: 'all.derogatory' });
    expect(Object.keys(out[0].findings[0])).toEqual([
      'category',
      'rule',
      'clause',
      'severity',
      'start',
      'end',
      'message',
    ]);
    expect(out[1].findings).toEqual([]);
  });

  test('bad lines are named on stderr, the rest still processed, and the status is non-zero', () => {
    const { status, out, err } = run(
      ['not json', '{"id":"n"}', '{"id":"ok","text":"hello"}', '{"text":"x","account":"school"}'].join('\n'),
    );
    expect(status).toBe(1);
    expect(out.map((o) => o.id)).toEqual(['ok']);
    expect(err).toHaveLength(3);
    expect(err[0]).toMatch(/^line 1: /);
    expect(err[1]).toMatch(/^line 2: .*text/);
    expect(err[2]).toMatch(/^line 4: account/);
  });

  test('context comes from the record, defaulting to x / personal / post', () => {
    const text = 'Vote YES on Measure C on November 5!';
    const { out } = run(
      [JSON.stringify({ id: 1, text }), JSON.stringify({ id: 2, text, account: 'district' })].join('\n'),
    );
    expect(out[0].findings.some((f: { category: string }) => f.category === 'political')).toBe(false);
    expect(out[1].findings.some((f: { category: string }) => f.category === 'political')).toBe(true);
  });
});

describe('check CLI: readable output', () => {
  test('prints the span, the message and the clause text', () => {
    const context = parseContext({ account: 'personal' });
    if (typeof context === 'string') throw new Error(context);
    const text = 'call me about student 2019-33417';
    const out = formatFindings(text, check(text, context), context, DEFAULT_SETTINGS);
    expect(out).toContain('"2019-33417"');
    expect(out).toContain('all.confidential');
    expect(out).toContain('Do not post or comment on confidential or protected information');
    expect(out).toContain('Mask the ID');
  });

  test('rejects an unknown platform with a plain message', () => {
    expect(parseContext({ platform: 'tiktok' })).toMatch(/platform must be one of x, facebook, instagram/);
  });
});
