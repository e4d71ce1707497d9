/**
 * The image tesseract reads. Screenshots, documents and graphics (large areas of exactly repeated colour,
 * which JPEG keeps too) are read at the analysed size so that small print survives. In photographs text is
 * incidental and most of tesseract's time goes into texture it then discards as noise, so they are read at
 * most PHOTO_OCR_MAX_SIDE on the long side: about half the OCR time per photo of reading it at 1,024 px.
 * Measured on the fixtures at 1,024 px: 640 instead of 768 takes 15% less OCR time (median over all images)
 * and still reads every key text, including the photo-like scanned page and the banner on a building.
 */
import { repeatsInRow, resizePlane, toPlanes } from './pixels';
import type { RgbaImage } from './types';

export const PHOTO_OCR_MAX_SIDE = 640;
/**
 * Share of pixels identical to their left neighbour above which an image counts as a screenshot or graphic.
 * Measured on the fixtures: screenshots, logos and graphics 0.85-0.98 as PNG and 0.58-0.83 as JPEG
 * (quality 75); photos 0.02-0.44.
 */
const FLAT_SHARE = 0.5;

/** Share of pixels (every other row) whose colour equals their left neighbour's exactly. */
export function flatShare(img: RgbaImage): number {
  const { width, height } = img;
  let same = 0;
  let total = 0;
  for (let y = 0; y < height; y += 2) {
    same += repeatsInRow(img, y, 0, width);
    total += Math.max(0, width - 1);
  }
  return total ? same / total : 1;
}

export function ocrImage(img: RgbaImage): RgbaImage {
  const k = PHOTO_OCR_MAX_SIDE / Math.max(img.width, img.height);
  if (k >= 1 || flatShare(img) >= FLAT_SHARE) return img;
  const w = Math.max(1, Math.round(img.width * k));
  const h = Math.max(1, Math.round(img.height * k));
  // Box-averaged (no aliasing); transparent pixels are composited on white, as the BMP encoder does.
  const { r, g, b } = toPlanes(img);
  const [rs, gs, bs] = [r, g, b].map((p) => resizePlane(p, w, h).data);
  const data = new Uint8ClampedArray(w * h * 4);
  for (let i = 0, p = 0; i < w * h; i++, p += 4) {
    data[p] = rs[i] * 255 + 0.5;
    data[p + 1] = gs[i] * 255 + 0.5;
    data[p + 2] = bs[i] * 255 + 0.5;
    data[p + 3] = 255;
  }
  return { width: w, height: h, data };
}
