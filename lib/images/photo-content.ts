/**
 * Whether an image has any photographic area where a face could be. Screenshots, documents, logos and
 * graphics are mostly runs of exactly repeated colour; a photo (even a 30 px avatar in a screenshot) is
 * not. Face detection skips an image with no such area: on the fixtures' screenshots and graphics that
 * saves the whole detection (150-500 ms each) and changes no outcome, and drawn faces in flat graphics
 * are not photos of people anyway.
 */
import { repeatsInRow } from './pixels';
import type { RgbaImage } from './types';

/** Share of pixels equal to their left neighbour below which a block counts as photographic. */
const PHOTO_MAX_SAME = 0.2;

/**
 * Block side in pixels: the smallest face the detector finds is about 8 px of its 512 px input (16 px
 * on a 1,024 px image). Blocks of 12 px there mean any photographic area of 23 px or more wholly holds
 * one, whatever its position.
 */
export function blockSide(img: RgbaImage): number {
  return Math.max(6, Math.round((Math.max(img.width, img.height) * 12) / 1024));
}

/** True when some block of the image is photographic (few pixels repeat their left neighbour exactly). */
export function hasPhotoContent(img: RgbaImage): boolean {
  const { width, height } = img;
  const side = blockSide(img);
  for (let by = 0; by + side <= height; by += side) {
    for (let bx = 0; bx + side <= width; bx += side) {
      let same = 0;
      for (let y = by; y < by + side; y++) same += repeatsInRow(img, y, bx, bx + side);
      if (same < PHOTO_MAX_SAME * side * (side - 1)) return true;
    }
  }
  return false;
}
