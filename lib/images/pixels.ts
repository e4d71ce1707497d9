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

/** A channel value (0..255) in 0..1, composited on white with opacity `a` (0..1). */
const onWhite = (v: number, a: number) => (v / 255) * a + (1 - a);
const luma = (r: number, g: number, b: number) => 0.299 * r + 0.587 * g + 0.114 * b;

/** Red, green, blue and luma planes in 0..1, transparent pixels composited on white. */
export function toPlanes(img: RgbaImage): { r: Plane; g: Plane; b: Plane; gray: Plane; alpha: Plane } {
  const { width, height, data } = img;
  const [r, g, b, gray, alpha] = [0, 1, 2, 3, 4].map(() => plane(width, height));
  for (let i = 0, p = 0; i < width * height; i++, p += 4) {
    const a = data[p + 3] / 255;
    const rv = onWhite(data[p], a);
    const gv = onWhite(data[p + 1], a);
    const bv = onWhite(data[p + 2], a);
    r.data[i] = rv;
    g.data[i] = gv;
    b.data[i] = bv;
    gray.data[i] = luma(rv, gv, bv);
    alpha.data[i] = a;
  }
  return { r, g, b, gray, alpha };
}

/** Pixels of row `y`, columns x0 + 1 to x1 - 1, whose colour equals their left neighbour's exactly. */
export function repeatsInRow(img: RgbaImage, y: number, x0: number, x1: number): number {
  const data = img.data;
  let same = 0;
  for (let i = (y * img.width + x0 + 1) * 4, end = (y * img.width + x1) * 4; i < end; i += 4) {
    if (data[i] === data[i - 4] && data[i + 1] === data[i - 3] && data[i + 2] === data[i - 2]) same++;
  }
  return same;
}

/** The luma plane of `toPlanes` alone (the same values). */
export function lumaPlane(img: RgbaImage): Plane {
  const { width, height, data } = img;
  const gray = plane(width, height);
  for (let i = 0, p = 0; i < width * height; i++, p += 4) {
    const a = data[p + 3] / 255;
    gray.data[i] = luma(onWhite(data[p], a), onWhite(data[p + 1], a), onWhite(data[p + 2], a));
  }
  return gray;
}

/**
 * Resampling weights along one axis: output i averages `count[i]` source samples from `start[i]`, weighted
 * by `weights[offset[i] ...]` (one flat array: a small array per output pixel made GC the bottleneck).
 */
interface Axis {
  start: Int32Array;
  count: Int32Array;
  offset: Int32Array;
  weights: Float32Array;
}

function axisWeights(src: number, dst: number): Axis {
  const start = new Int32Array(dst);
  const count = new Int32Array(dst);
  const offset = new Int32Array(dst);
  const scale = src / dst;
  const weights = new Float32Array(dst * (scale >= 1 ? Math.ceil(scale) + 1 : 2));
  let n = 0;
  for (let i = 0; i < dst; i++) {
    offset[i] = n;
    if (scale >= 1) {
      // Downscale: exact box average over the source interval this pixel covers.
      const lo = i * scale;
      const hi = Math.min(src, lo + scale);
      const first = Math.floor(lo);
      const last = Math.min(src - 1, Math.ceil(hi) - 1);
      for (let s = first; s <= last; s++) weights[n++] = (Math.min(hi, s + 1) - Math.max(lo, s)) / scale;
      start[i] = first;
      count[i] = last - first + 1;
    } else if (src === 1) {
      weights[n++] = 1;
      count[i] = 1;
    } else {
      // Upscale: linear interpolation between the two nearest source samples.
      const pos = Math.min(src - 1, Math.max(0, (i + 0.5) * scale - 0.5));
      const first = Math.min(src - 2, Math.floor(pos));
      const t = pos - first;
      weights[n++] = 1 - t;
      weights[n++] = t;
      start[i] = first;
      count[i] = 2;
    }
  }
  return { start, count, offset, weights };
}

/**
 * Resize with box averaging when shrinking (no aliasing) and bilinear when enlarging. An exact halving
 * averages pairs directly: the same sums as the general weights of 0.5, so the same values.
 */
export function resizePlane(p: Plane, width: number, height: number): Plane {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const tmp = new Float32Array(w * p.height);
  if (p.width === w) tmp.set(p.data);
  else if (p.width === 2 * w) halveRows(p.data, p.width, p.height, tmp);
  else resizeRows(p.data, p.width, p.height, axisWeights(p.width, w), tmp);
  const out = plane(w, h);
  if (p.height === h) out.data.set(tmp);
  else if (p.height === 2 * h) {
    for (let y = 0; y < h; y++) {
      const a = 2 * y * w;
      for (let x = 0; x < w; x++) out.data[y * w + x] = (tmp[a + x] + tmp[a + w + x]) * 0.5;
    }
  } else resizeColumns(tmp, w, axisWeights(p.height, h), out);
  return out;
}

function halveRows(src: Float32Array, width: number, height: number, out: Float32Array) {
  const w = width / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0, i = y * width, o = y * w; x < w; x++, i += 2, o++) out[o] = (src[i] + src[i + 1]) * 0.5;
  }
}

function resizeRows(src: Float32Array, width: number, height: number, xs: Axis, out: Float32Array) {
  const w = xs.start.length;
  const { start, count, offset, weights } = xs;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < w; x++) {
      const s = row + start[x];
      const o = offset[x];
      const c = count[x];
      // The first three taps written out (most outputs have two or three): the same sum in the same order.
      let acc = weights[o] * src[s];
      if (c > 1) acc += weights[o + 1] * src[s + 1];
      if (c > 2) acc += weights[o + 2] * src[s + 2];
      for (let k = 3; k < c; k++) acc += weights[o + k] * src[s + k];
      out[y * w + x] = acc;
    }
  }
}

/** The vertical pass, row by row so it reads memory in order (each sum still adds in the same order). */
function resizeColumns(tmp: Float32Array, w: number, ys: Axis, out: Plane) {
  const acc = new Float64Array(w);
  for (let y = 0; y < out.height; y++) {
    acc.fill(0);
    for (let k = 0; k < ys.count[y]; k++) {
      const wt = ys.weights[ys.offset[y] + k];
      const row = (ys.start[y] + k) * w;
      for (let x = 0; x < w; x++) acc[x] += wt * tmp[row + x];
    }
    out.data.set(acc, y * w);
  }
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
