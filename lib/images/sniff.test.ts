import { describe, expect, test } from 'vitest';
import { sniffImage } from './sniff';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const pngHeader = (w: number, h: number) =>
  bytes([0x89], 'PNG\r\n\x1a\n', u32(13), 'IHDR', u32(w), u32(h), [8, 6, 0, 0, 0], u32(0));
const iend = bytes(u32(0), 'IEND', u32(0));
const concat = (...arrays: Uint8Array[]) => Uint8Array.from(arrays.flatMap((a) => [...a]));

/** A minimal GIF with `frames` 1x1 images. */
function gif(frames: number): Uint8Array {
  const frame = [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0];
  return bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0], [0, 0, 0, 255, 255, 255], ...Array(frames).fill(frame), [0x3b]);
}

describe('sniffImage', () => {
  test('reads the size of complete PNG, JPEG and GIF files', () => {
    expect(sniffImage(concat(pngHeader(640, 480), iend))).toEqual({ ok: true, format: 'png', width: 640, height: 480 });
    const jpeg = bytes(
      [0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0],
      [0xff, 0xc0, 0, 11, 8],
      [1, 44, 2, 88],
      [1, 1, 0x11, 0],
      [0xff, 0xd9],
    );
    expect(sniffImage(jpeg)).toEqual({ ok: true, format: 'jpeg', width: 600, height: 300 });
    expect(sniffImage(gif(1))).toEqual({ ok: true, format: 'gif', width: 1, height: 1 });
  });

  test.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['a 10,000 x 10,000 image', concat(pngHeader(10_000, 10_000), iend), /too large.*10000 x 10000/],
    ['a truncated PNG', pngHeader(640, 480), /truncated/],
    ['a truncated JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0]), /truncated/],
    ['an animated GIF', gif(2), /animated/],
    ['an animated PNG', concat(pngHeader(10, 10), bytes(u32(8), 'acTL', u32(2), u32(0), u32(0)), iend), /animated/],
    [
      'an SVG drawing',
      new TextEncoder().encode('\uFEFF  <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'),
      /SVG/,
    ],
    ['a HEIC photo', bytes(u32(24), 'ftypheic', u32(0), 'mif1heic'), /HEIC/],
    ['random bytes', bytes('hello, this is not an image'), /not an image format/],
  ])('refuses %s with a plain reason', (_name, input, reason) => {
    const result = sniffImage(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
