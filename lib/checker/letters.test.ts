import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  endsWithLetter,
  hasPeriodBeforeCapital,
  isAllCaps,
  isCapitalized,
  isSingleCapital,
  isSingleLetter,
  isTitleWord,
  startsUpper,
  startsWithLetter,
} from './letters';

// Each test is the Unicode-property expression it replaces; they must agree on any string.
const SAME: [string, (s: string) => boolean, RegExp | ((s: string) => boolean)][] = [
  ['startsWithLetter', startsWithLetter, /^\p{L}/u],
  ['endsWithLetter', endsWithLetter, /\p{L}$/u],
  ['isSingleLetter', isSingleLetter, /^\p{L}$/u],
  ['isSingleCapital', isSingleCapital, /^\p{Lu}$/u],
  ['startsUpper', startsUpper, /^\p{Lu}/u],
  ['isCapitalized', isCapitalized, /^\p{Lu}\p{Ll}/u],
  ['isTitleWord', (s) => isTitleWord(s), /^\p{Lu}\p{Ll}+$/u],
  ['isTitleWord with s', (s) => isTitleWord(s, 's'), /^\p{Lu}\p{Ll}+s$/u],
  ['isAllCaps', isAllCaps, (s) => s.length > 1 && /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s)],
  ['hasPeriodBeforeCapital', hasPeriodBeforeCapital, /\.\p{Lu}/u],
];

const SAMPLES = [
  'Maya',
  'MAYA',
  'maya',
  'McKenzie',
  'W',
  'w',
  'É',
  'Élodie',
  'Garcias',
  'I',
  'OK!',
  'bitches.You',
  '',
  '3',
  'Ω',
  '𝐀b',
  'Ñandú',
  'ﬁ',
  'ǅemal',
];

describe('letters', () => {
  test.each(SAME)('%s agrees with its expression on samples', (_name, fn, ref) => {
    const expected = (s: string) => (typeof ref === 'function' ? ref(s) : ref.test(s));
    for (const s of SAMPLES) expect(fn(s), s).toBe(expected(s));
  });

  test.each(SAME)('%s agrees with its expression on any string', (_name, fn, ref) => {
    const expected = (s: string) => (typeof ref === 'function' ? ref(s) : ref.test(s));
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 6 }), (s) => fn(s) === expected(s)));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 6 }), (s) => fn(s) === expected(s)));
  });
});
