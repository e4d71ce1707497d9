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
  /** The weight of a feature given by its hash. */
  weightOf(hash: number): number;
}

/** What scripts/train.ts writes: a header and the packed tables. */
export interface PackedModel {
  version: number;
  categories: { name: TextCategory; threshold: number; scale: number; count: number }[];
  /** base64 of, per category in order: count uint32 hashes (little-endian), then count int16 weights. */
  data: string;
}

let models: Map<TextCategory, CategoryModel> | null = null;

type Decoder = (base64: string) => Uint8Array;

/**
 * The engine's own base64 decoder: Uint8Array.fromBase64 in current browsers, Buffer in Node. Both
 * decode the 275 KB model in about a millisecond, where atob plus a loop over its characters takes
 * several (Node's atob is itself a script loop), on the path of the first check.
 */
export function nativeDecoder(): Decoder | null {
  const fromBase64 = (Uint8Array as unknown as { fromBase64?: Decoder }).fromBase64;
  if (fromBase64) return (s) => fromBase64(s);
  const buffer = (globalThis as { Buffer?: { from(s: string, encoding: 'base64'): Uint8Array } }).Buffer;
  return buffer ? (s) => buffer.from(s, 'base64') : null;
}

export function decodeBase64(base64: string, native = nativeDecoder()): Uint8Array {
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function unpack(packed: PackedModel): Map<TextCategory, CategoryModel> {
  const bytes = decodeBase64(packed.data);
  const out = new Map<TextCategory, CategoryModel>();
  // A decoder may hand back a view into a larger buffer (Node's Buffer pool).
  let offset = bytes.byteOffset;
  // Typed-array views over copied slices (every engine we ship to is little-endian, as the data is):
  // no per-element decoding on the first check.
  for (const { name, threshold, scale, count } of packed.categories) {
    const keys = new Uint32Array(bytes.buffer.slice(offset, offset + count * 4));
    offset += count * 4;
    const weights = new Int16Array(bytes.buffer.slice(offset, offset + count * 2));
    offset += count * 2;
    const weightOf = (h: number) => {
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const k = keys[mid] as number;
        if (k === h) return (weights[mid] as number) * scale;
        if (k < h) lo = mid + 1;
        else hi = mid - 1;
      }
      return 0;
    };
    out.set(name, { threshold, weightOf, weight: (feature) => weightOf(hashFeature(feature)) });
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

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The word features that pushed hardest toward the category, for the explanation. */
export function topFeatures(model: CategoryModel, features: Iterable<string>, n: number): string[] {
  return [...features]
    .filter((f) => (f.startsWith('w:') || f.startsWith('b:')) && model.weight(f) > 0)
    .sort((a, b) => model.weight(b) - model.weight(a))
    .slice(0, n);
}
