/** Uncompressed 24-bit BMP encoding: how decoded pixels reach tesseract (Leptonica reads BMP) without a canvas. */
import type { RgbaImage } from './types';

export function encodeBmp(img: RgbaImage): Uint8Array {
  const rowBytes = Math.ceil((img.width * 3) / 4) * 4;
  const size = 54 + rowBytes * img.height;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out[0] = 0x42;
  out[1] = 0x4d;
  view.setUint32(2, size, true);
  view.setUint32(10, 54, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, img.width, true);
  view.setInt32(22, img.height, true);
  view.setUint16(26, 1, true);
  view.setUint16(28, 24, true);
  view.setUint32(34, rowBytes * img.height, true);
  for (let y = 0; y < img.height; y++) {
    // BMP rows run bottom-up, pixels as B, G, R; transparency is flattened onto white.
    let o = 54 + (img.height - 1 - y) * rowBytes;
    for (let x = 0; x < img.width; x++) {
      const p = (y * img.width + x) * 4;
      const a = img.data[p + 3] / 255;
      const white = 255 * (1 - a);
      out[o++] = Math.round(img.data[p + 2] * a + white);
      out[o++] = Math.round(img.data[p + 1] * a + white);
      out[o++] = Math.round(img.data[p] * a + white);
    }
  }
  return out;
}
