/**
 * The learned wording model: one logistic regression per category over features.ts, trained by
 * scripts/train.ts on our own labeled posts (tests/data/train/), never on the evaluation sets. It
 * catches wordings the hand-written rules do not list; rules stay first and explain their own findings.
 *
 * Stored compactly (data/model.ts): per category, sorted 32-bit feature hashes and 16-bit weights, in
 * one base64 string decoded on first use.
 */
import type { TextCategory } from '../../policy/schema';
import { MODEL } from '../data/model';
import { hashFeature } from './hash';

export interface CategoryModel {
  /** Decision threshold on the probability, chosen by cross-validation at training time. */
  threshold: number;
  /** The weight of a feature (0 when the model has none). */
  weight(feature: string): number;
}

/** What scripts/train.ts writes: a header and the packed tables. */
export interface PackedModel {
  version: number;
  categories: { name: TextCategory; threshold: number; scale: number; count: number }[];
  /** base64 of, per category in order: count uint32 hashes (little-endian), then count int16 weights. */
  data: string;
}

let models: Map<TextCategory, CategoryModel> | null = null;

function unpack(packed: PackedModel): Map<TextCategory, CategoryModel> {
  const bytes = Uint8Array.from(atob(packed.data), (c) => c.charCodeAt(0));
  const view = new DataView(bytes.buffer);
  const out = new Map<TextCategory, CategoryModel>();
  let offset = 0;
  for (const { name, threshold, scale, count } of packed.categories) {
    const keys = new Uint32Array(count);
    const weights = new Float64Array(count);
    for (let i = 0; i < count; i++) keys[i] = view.getUint32(offset + i * 4, true);
    offset += count * 4;
    for (let i = 0; i < count; i++) weights[i] = view.getInt16(offset + i * 2, true) * scale;
    offset += count * 2;
    out.set(name, {
      threshold,
      weight(feature) {
        const h = hashFeature(feature);
        let lo = 0;
        let hi = count - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const k = keys[mid] as number;
          if (k === h) return weights[mid] as number;
          if (k < h) lo = mid + 1;
          else hi = mid - 1;
        }
        return 0;
      },
    });
  }
  return out;
}

export function modelFor(category: TextCategory): CategoryModel | undefined {
  models ??= unpack(MODEL);
  return models.get(category);
}

/** Probability that features describe `category`. */
export function probability(model: CategoryModel, features: Iterable<string>): number {
  let z = 0;
  for (const f of features) z += model.weight(f);
  return 1 / (1 + Math.exp(-z));
}

/** The word features that pushed hardest toward the category, for the explanation. */
export function topFeatures(model: CategoryModel, features: Iterable<string>, n: number): string[] {
  return [...features]
    .filter((f) => (f.startsWith('w:') || f.startsWith('b:')) && model.weight(f) > 0)
    .sort((a, b) => model.weight(b) - model.weight(a))
    .slice(0, n);
}
