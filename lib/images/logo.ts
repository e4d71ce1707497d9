/**
 * District logo matching: finds a reference logo at any reasonable scale and position in a photo or
 * screenshot. Text matching alone misses small logos (a laptop sticker, a 30 px emblem in a header),
 * so this matches the picture itself:
 *  1. coarse search: the image is resampled so the template's short side is 10 px at each of a series
 *     of scales (logo 20 px up to the whole image), and every position is scored by normalized
 *     cross-correlation of the template's shape in luma (transparent pixels masked out);
 *  2. verification: the best 24 candidates per reference logo (each rescored with its exact masked NCC)
 *     are re-searched over sizes and positions at 16 px, and the promising ones re-scored at 32 px in
 *     luma and in each colour channel. NCC ignores brightness and contrast, so a tinted or faded copy
 *     still matches; requiring the colour channels to agree too rejects other organisations' marks.
 */
import { type MaskedTemplate, maskedNcc, maskTemplate, nccMap } from './ncc';
import { cropPlane, type Plane, toPlanes } from './pixels';
import { type Channel, halve, Pyramid } from './pyramid';
import type { RgbaImage } from './types';

type TemplatePlanes = { r: Plane; g: Plane; b: Plane; gray: Plane; alpha: Plane };

export interface LogoTemplate {
  name: string;
  planes: TemplatePlanes;
  /** `planes` and its successive halvings. */
  levels: TemplatePlanes[];
  coarse: MaskedTemplate;
  cache: Map<string, MaskedTemplate[] | null>;
}

export interface LogoMatch {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Verified score: the lower of the luma NCC and the mean colour-channel NCC. */
  score: number;
}

const COARSE = 10;
const FINE = 32;
const MIN_SIDE = 20;
const SCALE_STEP = 2 ** 0.25;
const COARSE_MIN = 0.3;
/** Coarse positions are visited every other pixel; verification re-searches around each candidate. */
const COARSE_STEP = 2;
/** Mask pixels sampled for the coarse search (see maskTemplate). */
const COARSE_POINTS = 48;
/** Candidates verified per reference logo (per logo, so one logo's look-alikes cannot crowd out another's). */
const CANDIDATES = 24;
const REFINE = [0.82, 0.88, 0.94, 1, 1.06, 1.13, 1.2];
/** Candidates closer in size than this (log ratio) are the same size for suppression: one coarse scale. */
const SAME_SCALE = 0.1;
const MARGIN = 0.15;
/**
 * Candidates scoring below this at half resolution are rejected without the full check. Measured on the
 * fixtures and synthetic composites: every candidate that verified at >= 0.75 scored >= 0.70 here; at 0.5
 * nearly every candidate went on to the full check.
 */
const QUICK_MIN = 0.6;
/** Mask pixels sampled for the quick look. */
const QUICK_POINTS = 96;
/** Fine positions searched around the quick placement, px each way (it is good to a pixel at half resolution). */
const FINE_RADIUS = 2;
/** Calibrated: true logos (fixtures and synthetic composites, 20-300 px) verify at >= 0.83, photos, screenshots and other marks at <= 0.69. */
export const LOGO_THRESHOLD = 0.75;

/** Prepare a reference logo (cropped to its opaque pixels). Null when it has nothing to match. */
export function prepareLogo(name: string, img: RgbaImage): LogoTemplate | null {
  const all = toPlanes(img);
  let [x0, y0, x1, y1] = [img.width, img.height, -1, -1];
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (all.alpha.data[y * img.width + x] < 0.5) continue;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  if (x1 - x0 < 7 || y1 - y0 < 7) return null;
  const crop = (p: Plane) => cropPlane(p, x0, y0, x1 - x0 + 1, y1 - y0 + 1);
  const planes = { r: crop(all.r), g: crop(all.g), b: crop(all.b), gray: crop(all.gray), alpha: crop(all.alpha) };
  const [w, h] = sizeForShortSide(planes.gray.width, planes.gray.height, COARSE);
  const coarse = maskTemplate(planes.gray, planes.alpha, w, h, COARSE_POINTS);
  if (!coarse) return null;
  const levels = [planes];
  for (let last = planes; Math.min(last.gray.width, last.gray.height) >= 32; ) {
    last = { r: halve(last.r), g: halve(last.g), b: halve(last.b), gray: halve(last.gray), alpha: halve(last.alpha) };
    levels.push(last);
  }
  return { name, planes, levels, coarse, cache: new Map() };
}

function sizeForShortSide(width: number, height: number, side: number): [number, number] {
  const k = side / Math.min(width, height);
  return [Math.max(1, Math.round(width * k)), Math.max(1, Math.round(height * k))];
}

interface Candidate {
  template: LogoTemplate;
  score: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Find the best-matching reference logo in the image, or null when none is there. */
export function findLogo(img: RgbaImage, templates: LogoTemplate[]): LogoMatch | null {
  if (templates.length === 0) return null;
  const planes = new Pyramid(img);
  const candidates = coarseCandidates(planes, templates);
  let best: LogoMatch | null = null;
  for (const c of candidates) {
    const score = verify(planes, c, LOGO_THRESHOLD);
    if (score >= LOGO_THRESHOLD && (!best || score > best.score)) {
      best = { name: c.template.name, x: c.x, y: c.y, width: c.width, height: c.height, score };
    }
  }
  return best;
}

/** Scores of the strongest candidates (for calibration tools and tests). */
export function logoScores(img: RgbaImage, templates: LogoTemplate[]): { name: string; score: number }[] {
  const planes = new Pyramid(img);
  return coarseCandidates(planes, templates)
    .map((c) => ({ name: c.template.name, score: verify(planes, c) }))
    .sort((a, b) => b.score - a.score);
}

function coarseCandidates(pyramid: Pyramid, templates: LogoTemplate[]): Candidate[] {
  const found: Candidate[] = [];
  const { width, height } = pyramid;
  for (const f of coarseScales(width, height, templates)) {
    const w = Math.round(width * f);
    const h = Math.round(height * f);
    const fits = templates.filter((t) => t.coarse.width <= w && t.coarse.height <= h);
    const small = pyramid.region('gray', 0, 0, width, height, f);
    const sx = width / small.width;
    const sy = height / small.height;
    for (const t of fits) {
      const map = nccMap(small, t.coarse, COARSE_STEP, COARSE_MIN);
      if (!map) continue;
      for (const [x, y] of localMaxima(map, COARSE_MIN, COARSE_STEP)) {
        // The map takes the window's brightness over the template's whole box; a peak's exact masked score
        // does not count what shows around a round or irregular logo (a busy background marked it down).
        const score = maskedNcc(small, t.coarse, x, y);
        if (score < COARSE_MIN) continue;
        found.push({
          template: t,
          score,
          x: x * sx,
          y: y * sy,
          width: t.coarse.width * sx,
          height: t.coarse.height * sy,
        });
      }
    }
  }
  return templates.flatMap((t) => suppress(found.filter((c) => c.template === t).sort((a, b) => b.score - a.score)));
}

/** Image scale factors to search: geometric from the smallest logo up, ending with logos that fill the image. */
function coarseScales(width: number, height: number, templates: LogoTemplate[]): number[] {
  const fill = Math.max(...templates.map((t) => Math.min(t.coarse.width / width, t.coarse.height / height)));
  const scales: number[] = [];
  for (let f = COARSE / MIN_SIDE; f > fill * 1.03; f /= SCALE_STEP) scales.push(f);
  scales.push(fill);
  return scales;
}

function localMaxima(map: Plane, min: number, r = 1): [number, number, number][] {
  const out: [number, number, number][] = [];
  const { width, height, data } = map;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x];
      if (v < min) continue;
      let peak = true;
      for (let j = Math.max(0, y - r); peak && j <= Math.min(height - 1, y + r); j++) {
        for (let i = Math.max(0, x - r); i <= Math.min(width - 1, x + r); i++) {
          if (data[j * width + i] > v) {
            peak = false;
            break;
          }
        }
      }
      if (peak) out.push([x, y, v]);
    }
  }
  return out;
}

/** Greedy non-maximum suppression: drop candidates that mostly overlap a better one. */
function suppress(sorted: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.length >= CANDIDATES) break;
    // Only the same place at the same coarse scale (neighbouring scales differ by 0.17 in log): a part of a
    // logo can look like the whole one scale down, and must not crowd out the whole at its own scale.
    const same = (k: Candidate) => k.template === c.template && Math.abs(Math.log(k.width / c.width)) < SAME_SCALE;
    if (kept.some((k) => same(k) && overlap(k, c) > 0.5)) continue;
    kept.push(c);
  }
  return kept;
}

function overlap(a: Candidate, b: Candidate): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a.width * a.height, b.width * b.height);
}

/** Fine templates (luma, red, green, blue, sparse luma for the quick look) at one size, cached per reference. */
function fineTemplates(t: LogoTemplate, width: number, height: number): MaskedTemplate[] | null {
  const key = `${width}x${height}`;
  if (!t.cache.has(key)) {
    // Resample from the smallest stored halving still at least twice the size: fast and unaliased.
    let level = 0;
    while (level + 1 < t.levels.length && t.levels[level + 1].gray.height >= 2 * height) level++;
    const { r, g, b, gray, alpha } = t.levels[level];
    const all = [gray, r, g, b].map((p) => maskTemplate(p, alpha, width, height));
    all.push(maskTemplate(gray, alpha, width, height, QUICK_POINTS));
    t.cache.set(key, all.every((m) => m !== null) ? (all as MaskedTemplate[]) : null);
  }
  return t.cache.get(key) ?? null;
}

/** Where a template fits best in a search area, at which size, and the templates of that size. */
interface Placement {
  score: number;
  x: number;
  y: number;
  /** Template short side, px. */
  side: number;
  templates: MaskedTemplate[] | null;
}

/**
 * The best position and size (template short side in px) of the template in `gray`; with `near`, only
 * positions within `near.r` px of (near.x, near.y).
 */
function bestPlacement(
  gray: Plane,
  t: LogoTemplate,
  sides: number[],
  near?: { x: number; y: number; r: number },
  sparse = false,
): Placement {
  const native = t.planes.gray;
  let best: Placement = { score: -1, x: 0, y: 0, side: 0, templates: null };
  for (const side of sides) {
    if (side < 8) continue;
    const [tw, th] = sizeForShortSide(native.width, native.height, side);
    const templates = fineTemplates(t, tw, th);
    if (!templates) continue;
    let [ox, oy, area] = [0, 0, gray];
    if (near) {
      ox = Math.max(0, Math.min(gray.width - tw, near.x - near.r));
      oy = Math.max(0, Math.min(gray.height - th, near.y - near.r));
      const w = Math.min(gray.width - ox, tw + 2 * near.r);
      const h = Math.min(gray.height - oy, th + 2 * near.r);
      area = cropPlane(gray, ox, oy, w, h);
    }
    const map = nccMap(area, templates[sparse ? 4 : 0]);
    if (!map) continue;
    for (let i = 0; i < map.data.length; i++) {
      if (map.data[i] > best.score) {
        best = { score: map.data[i], x: ox + (i % map.width), y: oy + Math.floor(i / map.width), side, templates };
      }
    }
  }
  return best;
}

/**
 * The candidate's verified score. A candidate whose luma score is below `min` cannot reach it, so then
 * the luma score is returned without the colour check (the colour planes are made only when needed).
 */
function verify(pyramid: Pyramid, c: Candidate, min = Number.NEGATIVE_INFINITY): number {
  // The coarse position is good to about one coarse pixel (a tenth of the short side) each way.
  const mx = MARGIN * c.width + 2;
  const my = MARGIN * c.height + 2;
  const x0 = Math.max(0, Math.floor(c.x - mx));
  const y0 = Math.max(0, Math.floor(c.y - my));
  const x1 = Math.min(pyramid.width, Math.ceil(c.x + c.width + mx));
  const y1 = Math.min(pyramid.height, Math.ceil(c.y + c.height + my));
  const short = Math.min(c.width, c.height);
  // First a quick look at half resolution over all refinement sizes; about a third of candidates end here.
  const kQuick = Math.min(1, FINE / 2 / short);
  const quick = bestPlacement(
    pyramid.region('gray', x0, y0, x1 - x0, y1 - y0, kQuick),
    c.template,
    REFINE.map((s) => Math.round(short * kQuick * s)),
    undefined,
    true,
  );
  if (!quick.templates || quick.score < QUICK_MIN) return Math.max(0, quick.score) * 0.9;
  const k = Math.min(1, FINE / short);
  const region = (p: Channel) => pyramid.region(p, x0, y0, x1 - x0, y1 - y0, k);
  const gray = region('gray');
  // The quick placement is good to about a pixel at half resolution: refine around it, not everywhere.
  const scale = k / kQuick;
  const side = Math.round(quick.side * scale);
  const near = { x: Math.round(quick.x * scale), y: Math.round(quick.y * scale), r: FINE_RADIUS };
  const best = bestPlacement(gray, c.template, [side - 2, side - 1, side, side + 1, side + 2], near);
  if (!best.templates) return 0;
  const [tg, tr, tgreen, tb] = best.templates;
  const luma = maskedNcc(gray, tg, best.x, best.y);
  if (luma < min) return luma;
  const colour =
    (maskedNcc(region('r'), tr, best.x, best.y) +
      maskedNcc(region('g'), tgreen, best.x, best.y) +
      maskedNcc(region('b'), tb, best.x, best.y)) /
    3;
  return Math.min(luma, colour);
}
