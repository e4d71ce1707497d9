import { describe, expect, test } from 'vitest';
import { flatShare, ocrImage, PHOTO_OCR_MAX_SIDE } from './ocr-input';
import type { RgbaImage } from './types';

function image(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      data.set([...pixel(x, y), 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

/** A screenshot-like page: white with dark text-like bars. */
const page = (w: number, h: number) =>
  image(w, h, (x, y) => (y % 20 < 8 && x % 50 < 40 ? [20, 20, 20] : [255, 255, 255]));
/** A photo-like image: smooth gradient plus deterministic grain, so neighbours differ. */
const photo = (w: number, h: number) =>
  image(w, h, (x, y) => {
    const grain = ((x * 7919 + y * 104729) % 13) - 6;
    return [(x + grain) & 255, (y + 2 * grain) & 255, (x + y + grain) & 255];
  });

describe('OCR input', () => {
  test('a screenshot is flat and read at full size', () => {
    const img = page(1200, 800);
    expect(flatShare(img)).toBeGreaterThan(0.8);
    expect(ocrImage(img)).toBe(img);
  });

  test('a large photo is read at most PHOTO_OCR_MAX_SIDE on the long side, keeping its shape', () => {
    const img = photo(1200, 800);
    expect(flatShare(img)).toBeLessThan(0.2);
    const out = ocrImage(img);
    expect([out.width, out.height]).toEqual([PHOTO_OCR_MAX_SIDE, Math.round((PHOTO_OCR_MAX_SIDE * 2) / 3)]);
    expect(out.data.length).toBe(out.width * out.height * 4);
  });

  test('a photo already small enough is not resampled', () => {
    const img = photo(PHOTO_OCR_MAX_SIDE, 400);
    expect(ocrImage(img)).toBe(img);
  });

  test('downscaling averages: a uniform grey stays that grey', () => {
    const grey = image(1000, 1000, (x, y) => [120 + ((x + y) % 2), 120, 120]);
    const out = ocrImage(grey);
    expect(out.width).toBe(PHOTO_OCR_MAX_SIDE);
    expect(Math.abs(out.data[0] - 120)).toBeLessThanOrEqual(1);
    expect(out.data[3]).toBe(255);
  });
});
