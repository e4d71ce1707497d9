import { resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { hasPhotoContent } from './photo-content';
import type { RgbaImage } from './types';

const FIXTURES = resolve('..', 'shared', 'fixtures', 'images');

async function load(path: string): Promise<RgbaImage> {
  const { data, info } = await sharp(resolve(FIXTURES, path)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

/** `photo` with a `side` x `side` crop of `patch` (from its centre) pasted at (x, y). */
function paste(photo: RgbaImage, patch: RgbaImage, x: number, y: number, side: number): RgbaImage {
  const data = Uint8Array.from(photo.data);
  const [px, py] = [Math.floor((patch.width - side) / 2), Math.floor((patch.height - side) / 2)];
  for (let j = 0; j < side; j++) {
    const from = ((py + j) * patch.width + px) * 4;
    data.set(patch.data.subarray(from, from + side * 4), ((y + j) * photo.width + x) * 4);
  }
  return { ...photo, data };
}

describe('photographic content', () => {
  test.each([
    'faces-adults/woman_portrait.jpg',
    'faces-adults/cameraman_profile.jpg',
    'groups/kodak_rafting_with_children.jpg',
    'no-people/kodak_lake.jpg',
  ])('a photo has some: %s', async (path) => {
    expect(hasPhotoContent(await load(path))).toBe(true);
  });

  test.each([
    'text/gradebook_screenshot.png',
    'text/class_roster.png',
    'logo/cedar_valley_logo.png',
    'no-people/shapes_graphic.png',
  ])('a screenshot, document or graphic has none: %s', async (path) => {
    expect(hasPhotoContent(await load(path))).toBe(false);
  });

  test('a blank image has none', () => {
    expect(hasPhotoContent({ width: 300, height: 200, data: new Uint8Array(300 * 200 * 4).fill(255) })).toBe(false);
  });

  test('a 24 px photo pasted anywhere into a screenshot (an avatar) counts', async () => {
    const screenshot = await load('text/gradebook_screenshot.png');
    const face = await load('faces-adults/woman_portrait.jpg');
    for (const [x, y] of [
      [1, 1],
      [500, 200],
      [13, 37],
      [997, 451],
    ]) {
      expect(hasPhotoContent(paste(screenshot, face, x, y, 24))).toBe(true);
    }
  });
});
