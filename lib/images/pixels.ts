/** Single-channel float images and the resampling the logo matcher needs (pure, no DOM). */
import type { RgbaImage } from './types';

export interface Plane {
  width: number;
  height: number;
  data: Float32Array;
}

export function plane(width: number, height: number): Plane {
  return { width, height, data: new Float32Array(width * height) };
}

/** Red, green, blue and luma planes in 0..1, transparent pixels composited on white. */
export function toPlanes(img: RgbaImage): { r: Plane; g: Plane; b: Plane; gray: Plane; alpha: Plane } {
  const { width, height, data } = img;
  const [r, g, b, gray, alpha] = [0, 1, 2, 3, 4].map(() => plane(width, height));
  for (let i = 0, p = 0; i < width * height; i++, p += 4) {
    const a = data[p + 3] / 255;
    const white = 1 - a;
    const rv = (data[p] / 255) * a + white;
    const gv = (data[p + 1] / 255) * a + white;
    const bv = (data[p + 2] / 255) * a + white;
    r.data[i] = rv;
    g.data[i] = gv;
    b.data[i] = bv;
    gray.data[i] = 0.299 * rv + 0.587 * gv + 0.114 * bv;
    alpha.data[i] = a;
  }
  return { r, g, b, gray, alpha };
}

/** For each output index: first source index and the weights of the source samples it averages. */
function axisWeights(src: number, dst: number): { start: Int32Array; weights: Float32Array[] } {
  const start = new Int32Array(dst);
  const weights: Float32Array[] = [];
  const scale = src / dst;
  for (let i = 0; i < dst; i++) {
    if (scale >= 1) {
      // Downscale: exact box average over the source interval this pixel covers.
      const lo = i * scale;
      const hi = Math.min(src, lo + scale);
      const first = Math.floor(lo);
      const last = Math.min(src - 1, Math.ceil(hi) - 1);
      const w = new Float32Array(last - first + 1);
      for (let s = first; s <= last; s++) w[s - first] = (Math.min(hi, s + 1) - Math.max(lo, s)) / scale;
      start[i] = first;
      weights.push(w);
    } else {
      // Upscale: linear interpolation between the two nearest source samples.
      const pos = Math.min(src - 1, Math.max(0, (i + 0.5) * scale - 0.5));
      const first = Math.min(src - 2, Math.floor(pos));
      if (src === 1) {
        start[i] = 0;
        weights.push(Float32Array.of(1));
        continue;
      }
      const t = pos - first;
      start[i] = first;
      weights.push(Float32Array.of(1 - t, t));
    }
  }
  return { start, weights };
}

/** Resize with box averaging when shrinking (no aliasing) and bilinear when enlarging. */
export function resizePlane(p: Plane, width: number, height: number): Plane {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const xs = axisWeights(p.width, w);
  const ys = axisWeights(p.height, h);
  const tmp = new Float32Array(w * p.height);
  for (let y = 0; y < p.height; y++) {
    const row = y * p.width;
    for (let x = 0; x < w; x++) {
      const s = xs.start[x];
      const wt = xs.weights[x];
      let acc = 0;
      for (let k = 0; k < wt.length; k++) acc += wt[k] * p.data[row + s + k];
      tmp[y * w + x] = acc;
    }
  }
  const out = plane(w, h);
  for (let y = 0; y < h; y++) {
    const s = ys.start[y];
    const wt = ys.weights[y];
    for (let x = 0; x < w; x++) {
      let acc = 0;
      for (let k = 0; k < wt.length; k++) acc += wt[k] * tmp[(s + k) * w + x];
      out.data[y * w + x] = acc;
    }
  }
  return out;
}

export function cropPlane(p: Plane, x: number, y: number, width: number, height: number): Plane {
  const out = plane(width, height);
  for (let row = 0; row < height; row++) {
    const from = (y + row) * p.width + x;
    out.data.set(p.data.subarray(from, from + width), row * width);
  }
  return out;
}

/** Summed-area tables of values and squares, (w+1) x (h+1), for O(1) window means and variances. */
export function integrals(p: Plane): { sum: Float64Array; sq: Float64Array; stride: number } {
  const stride = p.width + 1;
  const sum = new Float64Array(stride * (p.height + 1));
  const sq = new Float64Array(stride * (p.height + 1));
  for (let y = 0; y < p.height; y++) {
    let rs = 0;
    let rq = 0;
    for (let x = 0; x < p.width; x++) {
      const v = p.data[y * p.width + x];
      rs += v;
      rq += v * v;
      const i = (y + 1) * stride + x + 1;
      sum[i] = sum[i - stride] + rs;
      sq[i] = sq[i - stride] + rq;
    }
  }
  return { sum, sq, stride };
}
