import { describe, expect, test } from 'vitest';
import { normalize, toOriginal } from './normalize';

describe('normalize', () => {
  test.each([
    ['f\u200Buck', 'fuck'],
    ['ｆｕｃｋ', 'fuck'],
    ['𝐟𝐮𝐜𝐤', 'fuck'],
    ['fսck'.replace('ս', 'у'), 'fyck'],
    ['Mía Hernández', 'Mia Hernandez'],
    ['ﬁne', 'fine'],
    ['ƒuck', 'fuck'],
    ['ꜱʜɪᴛ', 'shit'],
    ['a\u202Eb\u2066c', 'abc'],
    ['“quoted” — dash…', '"quoted" - dash...'],
  ])('%j becomes %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  test('maps every normalized span back to the original text', () => {
    const input = 'x\u200B𝐟𝐮𝐜𝐤 y';
    const norm = normalize(input);
    const at = norm.text.indexOf('fuck');
    const [start, end] = toOriginal(norm, at, at + 4);
    expect(input.slice(start, end)).toBe('𝐟𝐮𝐜𝐤');
  });

  test('keeps lone surrogates and emoji without throwing', () => {
    expect(normalize('a\uD800b🖕🏼').text).toBe('a\uD800b🖕🏼');
  });
});
