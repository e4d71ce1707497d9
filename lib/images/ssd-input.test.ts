import { describe, expect, test } from 'vitest';
import { SSD_SIZE, ssdInput } from './ssd-input';
import type { RgbaImage } from './types';

/** Deterministic noise image (a small linear congruential generator; alpha left at 255). */
function noise(width: number, height: number, seed: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  let s = seed;
  for (let i = 0; i < data.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    data[i] = i % 4 === 3 ? 255 : s >>> 24;
  }
  return { width, height, data };
}

/**
 * face-api's input, pixel by pixel: the image padded with black to a square, bilinear-resized to 512
 * (no half-pixel offset, no corner alignment), scaled to -1..1. Only the part over the image is compared.
 */
function reference(img: RgbaImage, i: number, j: number, c: number): number {
  const side = Math.max(img.width, img.height);
  const k = side / SSD_SIZE;
  const at = (y: number, x: number) => (y < img.height && x < img.width ? img.data[(y * img.width + x) * 4 + c] : 0);
  const [sy, sx] = [i * k, j * k];
  const [y0, x0] = [Math.floor(sy), Math.floor(sx)];
  const [y1, x1] = [Math.min(y0 + 1, side - 1), Math.min(x0 + 1, side - 1)];
  const [fy, fx] = [sy - y0, sx - x0];
  const top = at(y0, x0) + (at(y0, x1) - at(y0, x0)) * fx;
  const bottom = at(y1, x0) + (at(y1, x1) - at(y1, x0)) * fx;
  return Math.fround((top + (bottom - top) * fy) / 127.5 - 1);
}

describe('SSD input sampling', () => {
  // Whole-number scales (every weight 0), eighths (1,600 px), irregular ones, enlargement, portrait and square.
  test.each([
    [1024, 683],
    [1600, 1067],
    [1000, 750],
    [333, 500],
    [700, 700],
    [2048, 64],
    [5, 3],
  ])('%i x %i: the same values as sampling each pixel', (width, height) => {
    const img = noise(width, height, width * 31 + height);
    const input = ssdInput(img);
    const k = Math.max(width, height) / SSD_SIZE;
    expect(input.width % 32).toBe(0);
    expect(input.height % 32).toBe(0);
    expect(input.width).toBeGreaterThanOrEqual(Math.min(SSD_SIZE, width / k));
    expect(input.height).toBeGreaterThanOrEqual(Math.min(SSD_SIZE, height / k));
    let mismatches = 0;
    for (let i = 0; i < input.height; i++) {
      for (let j = 0; j < input.width; j++) {
        const inside = Math.floor(i * k) < height && Math.floor(j * k) < width;
        for (let c = 0; c < 3; c++) {
          const expected = inside ? reference(img, i, j, c) : -1;
          if (input.values[(i * input.width + j) * 3 + c] !== expected) mismatches++;
        }
      }
    }
    expect(mismatches).toBe(0);
  });
});
