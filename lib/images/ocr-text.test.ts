import { describe, expect, test } from 'vitest';
import { isRealWord, readableText } from './ocr-text';

const page = (...lines: [string, number][][]) => ({
  blocks: [
    { paragraphs: [{ lines: lines.map((l) => ({ words: l.map(([text, confidence]) => ({ text, confidence })) })) }] },
  ],
});

describe('readableText', () => {
  test('keeps real words, numbers and confident short tokens on lines that have real words', () => {
    const text = readableText(
      page(
        [
          ['Lindqvist,', 91],
          ['Avery', 90],
          ['2041187', 95],
          ['A-', 88],
        ],
        [
          ['504', 90],
          ['plan', 92],
          ['–', 80],
          ['extended', 93],
          ['time', 94],
        ],
      ),
    );
    expect(text).toBe('Lindqvist, Avery 2041187 A-\n504 plan extended time');
  });

  test('drops OCR noise from photos: low confidence, no vowels, lone fragments', () => {
    expect(
      readableText(
        page(
          [
            ['¥', 80],
            ['R', 71],
            ['9', 62],
            ['5K)', 23],
          ],
          [['PLE', 65]],
        ),
      ),
    ).toBe('');
    expect(
      readableText(
        page(
          [
            ['LJ', 70],
            ['Fl', 66],
          ],
          [['RY.', 61]],
        ),
      ),
    ).toBe('');
    expect(readableText(page([['SCHOOLS', 95]]))).toBe('');
    // A star field read as two lone two-letter words on separate lines.
    expect(readableText(page([['be', 70]], [['by', 66]]))).toBe('');
    expect(
      readableText(
        page(
          [
            ['Go', 90],
            ['on', 90],
          ],
          [['SCHOOLS', 95]],
        ),
      ),
    ).toBe('');
    expect(
      readableText(
        page([
          ['Go', 90],
          ['to', 90],
          ['gym', 90],
        ]),
      ),
    ).toBe('Go to gym');
  });

  test.each([
    ['the', 90, true],
    ['is', 90, true],
    ['(541)', 90, true],
    ['555-0114', 90, true],
    ['BAKE', 40, false],
    ['Xq', 95, false],
    ['rnnm', 95, false],
  ])('isRealWord(%s @ %d) = %s', (text, confidence, expected) => {
    expect(isRealWord({ text, confidence })).toBe(expected);
  });
});
