/**
 * Property tests: for arbitrary Unicode strings up to 100,000 characters the checker returns, never
 * throws, every span lies inside the text, and the same input gives the same findings.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { runRules } from './engine';
import { type CheckContext, check } from './index';

const CONTEXTS: CheckContext[] = [
  { platform: 'x', account: 'personal', surface: 'post' },
  { platform: 'facebook', account: 'district', surface: 'comment' },
  { platform: 'instagram', account: 'personal', surface: 'caption' },
];

/** Text mixing real words, slurs in disguise, digits, emoji, RTL overrides, zero-width and lone surrogates. */
const PIECES = [
  'f***ing',
  'sh1t',
  'Mr. Dawson',
  'student 2019-33417',
  '555-0187',
  'Vote YES on Measure C',
  '\u202e',
  '\u200b',
  '\ud800',
  '\udfff',
  '🖕🏼',
  '👨‍👩‍👧',
  'ﬁ',
  'İ',
  '\n\n',
  '...',
  '@someone',
  '#YesOnC',
  'ß',
  'ǅ',
];
const mixed = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(' '));

function assertSound(text: string, context: CheckContext): void {
  // The engine itself, without check()'s safety net: an internal error must fail the test.
  const first = runRules(text, context, DEFAULT_SETTINGS);
  expect(check(text, context)).toEqual(first);
  for (const f of first) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
  }
  expect(runRules(text, context, DEFAULT_SETTINGS)).toEqual(first);
}

describe('checker properties', () => {
  test('any short string: returns, spans inside, deterministic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...CONTEXTS), (text, context) =>
        assertSound(text, context),
      ),
      { numRuns: 300 },
    );
  });

  test('mixed words, disguises, controls and broken surrogates', () => {
    fc.assert(
      fc.property(mixed, fc.constantFrom(...CONTEXTS), (text, context) => assertSound(text, context)),
      { numRuns: 300 },
    );
  });

  test('long strings up to 100,000 characters', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 100_000 }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 50 }),
        fc.constantFrom(...CONTEXTS),
        (length, seed, context) => assertSound(seed.repeat(Math.ceil(length / seed.length)).slice(0, length), context),
      ),
      { numRuns: 6 },
    );
  });

  test('a 100,000-character post of real words', () => {
    const text = 'Practice moved to Friday, you f***ing idiot, call 555-0187 about student 2019-33417. '
      .repeat(1200)
      .slice(0, 100_000);
    assertSound(text, CONTEXTS[0] as CheckContext);
  });
});
