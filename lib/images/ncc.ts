/** Masked normalized cross-correlation between a template and image windows (pure, no DOM). */
import { integrals, type Plane, resizePlane } from './pixels';

/** A template at one size: zero-mean values on its mask pixels, with their (dx, dy) positions. */
export interface MaskedTemplate {
  width: number;
  height: number;
  dx: Int32Array;
  dy: Int32Array;
  /** Template value minus the masked mean, per mask pixel. */
  values: Float32Array;
  /** sqrt(sum(values^2)). */
  norm: number;
}

/** Window standard deviation below this counts as flat (no structure to correlate with). */
const FLAT = 0.03;

export function maskTemplate(values: Plane, alpha: Plane, width: number, height: number): MaskedTemplate | null {
  const v = resizePlane(values, width, height);
  const a = resizePlane(alpha, width, height);
  const dx: number[] = [];
  const dy: number[] = [];
  const vals: number[] = [];
  for (let y = 0; y < v.height; y++) {
    for (let x = 0; x < v.width; x++) {
      const i = y * v.width + x;
      if (a.data[i] < 0.5) continue;
      dx.push(x);
      dy.push(y);
      vals.push(v.data[i]);
    }
  }
  if (vals.length < 16) return null;
  const mean = vals.reduce((s, x) => s + x, 0) / vals.length;
  const values32 = Float32Array.from(vals, (x) => x - mean);
  const norm = Math.sqrt(values32.reduce((s, x) => s + x * x, 0));
  if (norm < 1e-3) return null;
  return {
    width: v.width,
    height: v.height,
    dx: Int32Array.from(dx),
    dy: Int32Array.from(dy),
    values: values32,
    norm,
  };
}

/**
 * NCC of the template at every position of `img`, with the window's mean and variance taken over the
 * template's bounding box (summed-area tables): exact on rectangular templates, a close and much faster
 * approximation for masked ones. Used to search; candidates are then scored with `maskedNcc`.
 */
export function nccMap(img: Plane, t: MaskedTemplate, step = 1): Plane | null {
  const w = img.width - t.width + 1;
  const h = img.height - t.height + 1;
  if (w < 1 || h < 1) return null;
  const { sum, sq, stride } = integrals(img);
  const n = t.width * t.height;
  // Mask pixels as runs of consecutive pixels in a row: a contiguous inner loop is several times faster.
  const runStart: number[] = [];
  const runValue: number[] = [];
  const runLength: number[] = [];
  for (let k = 0; k < t.values.length; k++) {
    const last = runStart.length - 1;
    const at = t.dy[k] * img.width + t.dx[k];
    if (last >= 0 && runStart[last] + runLength[last] === at) runLength[last]++;
    else {
      runStart.push(at);
      runValue.push(k);
      runLength.push(1);
    }
  }
  const runs = runStart.length;
  // Positions not visited (step > 1) stay at -1 so they are never peaks.
  const out = new Float32Array(w * h).fill(step > 1 ? -1 : 0);
  const data = img.data;
  const values = t.values;
  const count = t.values.length;
  for (let y = 0; y < h; y += step) {
    for (let x = 0; x < w; x += step) {
      const a = y * stride + x;
      const b = (y + t.height) * stride + x;
      const s1 = sum[b + t.width] - sum[b] - sum[a + t.width] + sum[a];
      const s2 = sq[b + t.width] - sq[b] - sq[a + t.width] + sq[a];
      const variance = Math.max(s2 / n - (s1 / n) ** 2, FLAT * FLAT);
      const base = y * img.width + x;
      let acc = 0;
      for (let r = 0; r < runs; r++) {
        const p = base + runStart[r];
        const v = runValue[r];
        const len = runLength[r];
        for (let k = 0; k < len; k++) acc += values[v + k] * data[p + k];
      }
      out[y * w + x] = Math.min(1, acc / (t.norm * Math.sqrt(variance * count)));
    }
  }
  return { width: w, height: h, data: out };
}

/** Exact masked NCC of the template with `img` at (x, y). */
export function maskedNcc(img: Plane, t: MaskedTemplate, x: number, y: number): number {
  let s1 = 0;
  let s2 = 0;
  let acc = 0;
  const count = t.values.length;
  for (let k = 0; k < count; k++) {
    const v = img.data[(y + t.dy[k]) * img.width + x + t.dx[k]];
    s1 += v;
    s2 += v * v;
    acc += t.values[k] * v;
  }
  const variance = Math.max(s2 / count - (s1 / count) ** 2, FLAT * FLAT);
  return acc / (t.norm * Math.sqrt(variance * count));
}
