/** Masked normalized cross-correlation between a template and image windows (pure, no DOM). */
import { dots8, dotsAt4, gridPeakNeighbours } from './ncc-kernels';
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

/**
 * The template at `width` x `height`. With `maxPoints`, an even sample of at most that many mask pixels:
 * a sparse template scores about the same (the window statistics come from the whole box) for a
 * fraction of the work, which is what a candidate search needs.
 */
export function maskTemplate(
  values: Plane,
  alpha: Plane,
  width: number,
  height: number,
  maxPoints = Number.POSITIVE_INFINITY,
): MaskedTemplate | null {
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
  if (vals.length > maxPoints) {
    const keep = Array.from({ length: maxPoints }, (_, k) => Math.floor(((k + 0.5) * vals.length) / maxPoints));
    return finish(
      v,
      keep.map((k) => dx[k]),
      keep.map((k) => dy[k]),
      keep.map((k) => vals[k]),
    );
  }
  return finish(v, dx, dy, vals);
}

function finish(v: Plane, dx: number[], dy: number[], vals: number[]): MaskedTemplate | null {
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

/** Summed-area tables per plane: the searches score several templates and sizes on the same plane. */
const integralCache = new WeakMap<Plane, ReturnType<typeof integrals>>();

function planeIntegrals(img: Plane): ReturnType<typeof integrals> {
  let tables = integralCache.get(img);
  if (!tables) {
    tables = integrals(img);
    integralCache.set(img, tables);
  }
  return tables;
}

/**
 * NCC of the template at every position of `img`, with the window's mean and variance taken over the
 * template's bounding box (summed-area tables): exact on rectangular templates, a close and much faster
 * approximation for masked ones. Used to search; candidates are then scored with `maskedNcc`.
 * With `step` > 1 only every step-th position is scored, then every position next to a grid point that
 * beats its grid neighbours and scores at least `refineMin`, so peaks keep their full-resolution score;
 * positions never scored are -1.
 */
export function nccMap(img: Plane, t: MaskedTemplate, step = 1, refineMin = 0): Plane | null {
  const w = img.width - t.width + 1;
  const h = img.height - t.height + 1;
  if (w < 1 || h < 1) return null;
  const { sum, sq, stride } = planeIntegrals(img);
  const n = t.width * t.height;
  // Mask pixels as offsets from the window's corner in this image (a plain loop: `Int32Array.from` with a
  // mapping function cost more than the search itself on small maps).
  const offsets = new Int32Array(t.dx.length);
  for (let k = 0; k < offsets.length; k++) offsets[k] = t.dy[k] * img.width + t.dx[k];
  const out = new Float32Array(w * h).fill(step > 1 ? -1 : 0);
  const data = img.data;
  const values = t.values;
  const count = t.values.length;
  /** The NCC at (x, y) from the dot product of the template with the window there. */
  const normalize = (acc: number, x: number, y: number) => {
    const a = y * stride + x;
    const b = (y + t.height) * stride + x;
    const s1 = sum[b + t.width] - sum[b] - sum[a + t.width] + sum[a];
    const s2 = sq[b + t.width] - sq[b] - sq[a + t.width] + sq[a];
    const variance = Math.max(s2 / n - (s1 / n) ** 2, FLAT * FLAT);
    return Math.min(1, acc / (t.norm * Math.sqrt(variance * count)));
  };
  const score = (x: number, y: number) => {
    const base = y * img.width + x;
    let acc = 0;
    for (let k = 0; k < count; k++) acc += values[k] * data[base + offsets[k]];
    return normalize(acc, x, y);
  };
  // Eight, then four positions of a row per pass, each template value and offset read once for all of them
  // (fewer instructions per product; each position's sum still adds the same products in the same order
  // as `score`).
  const acc = new Float64Array(8);
  const bases = new Int32Array(4);
  for (let y = 0; y < h; y += step) {
    let x = 0;
    for (; x + 7 * step < w; x += 8 * step) {
      dots8(data, values, offsets, y * img.width + x, step, acc);
      for (let j = 0; j < 8; j++) out[y * w + x + j * step] = normalize(acc[j], x + j * step, y);
    }
    for (; x + 3 * step < w; x += 4 * step) {
      for (let j = 0; j < 4; j++) bases[j] = y * img.width + x + j * step;
      dotsAt4(data, values, offsets, bases, acc);
      for (let j = 0; j < 4; j++) out[y * w + x + j * step] = normalize(acc[j], x + j * step, y);
    }
    for (; x < w; x += step) out[y * w + x] = score(x, y);
  }
  if (step > 1) {
    // Positions next to grid peaks, four at a time (any four: each sum is its own).
    const todo = gridPeakNeighbours(out, w, h, step, refineMin);
    let q = 0;
    for (; q + 3 < todo.length; q += 4) {
      for (let j = 0; j < 4; j++) bases[j] = Math.floor(todo[q + j] / w) * img.width + (todo[q + j] % w);
      dotsAt4(data, values, offsets, bases, acc);
      for (let j = 0; j < 4; j++) out[todo[q + j]] = normalize(acc[j], todo[q + j] % w, Math.floor(todo[q + j] / w));
    }
    for (; q < todo.length; q++) out[todo[q]] = score(todo[q] % w, Math.floor(todo[q] / w));
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
