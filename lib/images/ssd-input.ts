/**
 * The SSD face detector's input, sampled straight from the RGBA pixels: the values face-api's
 * pad-to-square and bilinear resize to 512 produce, computed for the image's part only.
 */
import type { RgbaImage } from './types';

/** Side of the square input face-api's SSD MobileNet v1 was built for. */
export const SSD_SIZE = 512;
/** A channel value scaled to the network's -1..1. */
const NORMALISED = Float64Array.from({ length: 256 }, (_, v) => v / 127.5 - 1);

/** The network input's values (NHWC, 3 channels) and size, and the image's long side in pixels. */
export interface SsdInput {
  values: Float32Array;
  width: number;
  height: number;
  side: number;
}

/**
 * The network input: the image scaled so its long side maps to 512 (bilinear, face-api's sampling),
 * normalised to -1..1, cut to a multiple of 32 just past the image instead of padded to 512 x 512.
 */
export function ssdInput(img: RgbaImage): SsdInput {
  const side = Math.max(img.width, img.height);
  const k = side / SSD_SIZE;
  const extent = (n: number) => Math.min(SSD_SIZE, Math.ceil(Math.ceil(n / k) / 32) * 32);
  const [w, h] = [extent(img.width), extent(img.height)];
  const out = new Float32Array(w * h * 3).fill(-1);
  const { data, width, height } = img;
  // Per output column: byte offsets of its two source pixels in a row (-1: past the image, black) and weight.
  let columns = 0;
  while (columns < w && Math.floor(columns * k) < width) columns++;
  const left = new Int32Array(columns);
  const right = new Int32Array(columns);
  const weight = new Float64Array(columns);
  for (let j = 0; j < columns; j++) {
    const x0 = Math.floor(j * k);
    const x1 = Math.min(x0 + 1, side - 1);
    left[j] = x0 * 4;
    right[j] = x1 < width ? x1 * 4 : -1;
    weight[j] = j * k - x0;
  }
  // Columns before `inner` have both source pixels in the image (only the last one or two may not).
  let inner = columns;
  while (inner > 0 && right[inner - 1] < 0) inner--;
  for (let i = 0; i < h; i++) {
    const sy = i * k;
    const y0 = Math.floor(sy);
    if (y0 >= height) break;
    const y1 = Math.min(y0 + 1, side - 1);
    const fy = sy - y0;
    const row0 = y0 * width * 4;
    const row1 = y1 < height ? y1 * width * 4 : -1;
    let o = i * w * 3;
    // The same sums in the same order as sampling pixel by pixel, zero past the image (identical values).
    // Common cases without the edge tests: both rows and both columns in the image; and where a weight is
    // exactly 0 (every row and column when the scale is a whole number) the term it zeroes is left out,
    // which changes no value (x + (y - x) * 0 is x).
    const first = row1 < 0 ? 0 : inner;
    if (fy === 0) {
      for (let j = 0; j < first; j++, o += 3) {
        const a = row0 + left[j];
        const fx = weight[j];
        if (fx === 0) {
          out[o] = NORMALISED[data[a]];
          out[o + 1] = NORMALISED[data[a + 1]];
          out[o + 2] = NORMALISED[data[a + 2]];
          continue;
        }
        const b = row0 + right[j];
        for (let c = 0; c < 3; c++) out[o + c] = (data[a + c] + (data[b + c] - data[a + c]) * fx) / 127.5 - 1;
      }
    } else {
      for (let j = 0; j < first; j++, o += 3) {
        const a0 = row0 + left[j];
        const b0 = row0 + right[j];
        const a1 = row1 + left[j];
        const b1 = row1 + right[j];
        const fx = weight[j];
        for (let c = 0; c < 3; c++) {
          const top = data[a0 + c] + (data[b0 + c] - data[a0 + c]) * fx;
          const bottom = data[a1 + c] + (data[b1 + c] - data[a1 + c]) * fx;
          out[o + c] = (top + (bottom - top) * fy) / 127.5 - 1;
        }
      }
    }
    for (let j = first; j < columns; j++, o += 3) {
      const a = left[j];
      const b = right[j];
      const fx = weight[j];
      for (let c = 0; c < 3; c++) {
        const v00 = data[row0 + a + c];
        const v10 = b < 0 ? 0 : data[row0 + b + c];
        const v01 = row1 < 0 ? 0 : data[row1 + a + c];
        const v11 = row1 < 0 || b < 0 ? 0 : data[row1 + b + c];
        const top = v00 + (v10 - v00) * fx;
        const bottom = v01 + (v11 - v01) * fx;
        out[o + c] = (top + (bottom - top) * fy) / 127.5 - 1;
      }
    }
  }
  return { values: out, width: w, height: h, side };
}
