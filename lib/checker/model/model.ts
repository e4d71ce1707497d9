/**
 * The learned wording model: one logistic regression per category over features.ts, trained by
 * scripts/train.ts on our own labeled posts (tests/data/train/), never on the evaluation sets. It
 * catches wordings the hand-written rules do not list; rules stay first and explain their own findings.
 */
import type { TextCategory } from '../../policy/schema';
import { MODEL_JSON } from '../data/model';

export interface CategoryModel {
  /** Decision threshold on the probability, chosen by cross-validation at training time. */
  threshold: number;
  weights: Record<string, number>;
}

export interface ModelFile {
  version: number;
  categories: Partial<Record<TextCategory, CategoryModel>>;
}

let model: ModelFile | null = null;

export function modelFor(category: TextCategory): CategoryModel | undefined {
  model ??= JSON.parse(MODEL_JSON) as ModelFile;
  return model.categories[category];
}

/** Probability that features describe `category`. */
export function probability(model: CategoryModel, features: Iterable<string>): number {
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The features that pushed hardest toward the category, for the explanation. */
export function topFeatures(model: CategoryModel, features: Iterable<string>, n: number): string[] {
  return [...features]
    .filter((f) => (f.startsWith('w:') || f.startsWith('b:')) && (model.weights[f] ?? 0) > 0)
    .sort((a, b) => (model.weights[b] ?? 0) - (model.weights[a] ?? 0))
    .slice(0, n);
}
