/**
 * `npm run train`: trains the learned wording model (lib/checker/model) on our own labeled posts in
 * tests/data/train/*.jsonl, never on the evaluation sets. One logistic regression per category over
 * the checker's features; the decision threshold is chosen by 5-fold cross-validation so that rules
 * plus model reach the best F1 with precision of at least 0.9. Writes lib/checker/data/model.json.
 * Deterministic: same data, same model.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckContext } from '../lib/checker';
import { ruleSignals } from '../lib/checker/engine';
import { docFeatures } from '../lib/checker/model/features';
import { hashFeature } from '../lib/checker/model/hash';
import type { PackedModel } from '../lib/checker/model/model';
import { parseContext } from '../lib/cli/text';
import { TEXT_CATEGORIES, type TextCategory } from '../lib/policy';
import { DEFAULT_SETTINGS } from '../lib/settings';

interface Example {
  features: string[];
  labels: string[];
  context: CheckContext;
  /** Categories the hand-written rules already flag for this post. */
  ruled: Set<string>;
}

const DIR = 'tests/data/train';
const L2 = Number(process.env.L2 ?? 3e-3);
const EPOCHS = Number(process.env.EPOCHS ?? 15);
const RATE = 0.2;
const L2_NEGATIVE = Number(process.env.L2_NEG ?? 3e-2);
const MIN_COUNT = 3;
/**
 * Lowest decision threshold per category. The derogatory model sees the widest range of everyday
 * language (sports talk, slang, venting), where a wrong flag is most costly, so it needs more certainty.
 */
const THRESHOLD_FLOOR: Partial<Record<TextCategory, number>> = { derogatory: 0.7 };
const PRUNE = Number(process.env.PRUNE ?? 0.05);
const MIN_PRECISION = 0.85;

function load(): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(join(DIR, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      const context = parseContext(r) as CheckContext;
      const { doc, fired } = ruleSignals(r.text, context, DEFAULT_SETTINGS);
      const ruled = new Set(doc.results.filter((x) => x.hits.length > 0).map((x) => x.category));
      out.push({ features: [...docFeatures(doc, fired)], labels: r.labels ?? [], context, ruled });
    }
  }
  return out;
}

/** Seeded shuffle (mulberry32) so training is reproducible. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Feature index over the examples, and each example's features as an index array. */
interface Indexed {
  names: string[];
  rows: Int32Array[];
}

function index(examples: Example[], minCount: number): Indexed {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([f, n]) => n >= minCount || f === 'bias')
    .map(([f]) => f)
    .sort();
  const id = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((ex) =>
    Int32Array.from(ex.features.filter((f) => id.has(f)).map((f) => id.get(f) as number)),
  );
  return { names, rows };
}

/** Sparse binary logistic regression by AdaGrad with L2 (none on the bias). */
function train(rows: Int32Array[], ys: number[], size: number, bias: number): Float64Array {
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const random = rng(42);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const row = rows[i] as Int32Array;
      let z = 0;
      for (const f of row) z += w[f] as number;
      const grad = 1 / (1 + Math.exp(-z)) - (ys[i] as number);
      for (const f of row) {
        // Negative weights are penalised harder: the model must mostly find positive evidence, so text
        // from outside its training domain (no school words at all) is not flagged by default.
        const wf = w[f] as number;
        const g = grad + (f === bias ? 0 : (wf < 0 ? L2_NEGATIVE : L2) * wf);
        g2[f] = (g2[f] as number) + g * g;
        w[f] = (w[f] as number) - (RATE * g) / Math.sqrt(g2[f] as number);
      }
    }
  }
  // Small weights are dropped (a smaller model loads faster); thresholds are chosen on pruned models.
  for (let f = 0; f < size; f++) if (f !== bias && Math.abs(w[f] as number) < PRUNE) w[f] = 0;
  return w;
}

function score(w: Float64Array, row: Int32Array): number {
  let z = 0;
  for (const f of row) z += w[f] as number;
  return 1 / (1 + Math.exp(-z));
}

/** Out-of-fold probabilities, then the threshold where rules + model give the best F1 at the precision floor. */
function chooseThreshold(examples: Example[], ys: number[], category: TextCategory): { threshold: number; f1: number } {
  const folds = 5;
  const oof = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const trainIdx = examples.map((_, i) => i).filter((i) => i % folds !== k);
    const { names, rows } = index(
      trainIdx.map((i) => examples[i] as Example),
      MIN_COUNT,
    );
    const w = train(
      rows,
      trainIdx.map((i) => ys[i] as number),
      names.length,
      names.indexOf('bias'),
    );
    const id = new Map(names.map((f, i) => [f, i]));
    examples.forEach((ex, i) => {
      if (i % folds !== k) return;
      oof[i] = score(w, Int32Array.from(ex.features.filter((f) => id.has(f)).map((f) => id.get(f) as number)));
    });
  }
  // The precision floor: 0.85, or what the rules alone reach when that is lower (the model must not
  // make precision worse than the rules by more than a little).
  let rtp = 0;
  let rfp = 0;
  examples.forEach((ex, i) => {
    if (ex.ruled.has(category)) ys[i] ? rtp++ : rfp++;
  });
  const floor = Math.min(MIN_PRECISION, rtp / Math.max(1, rtp + rfp) - 0.02);
  let best = { threshold: 0.99, f1: 0 };
  for (let t = 0.3; t < 0.995; t += 0.01) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    examples.forEach((ex, i) => {
      const predicted = ex.ruled.has(category) || (oof[i] as number) >= t;
      if (predicted && ys[i]) tp++;
      else if (predicted) fp++;
      else if (ys[i]) fn++;
    });
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    if (p >= floor && f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, f1 };
  }
  return best;
}

const examples = load();
const header: PackedModel['categories'] = [];
const blobs: Buffer[] = [];
for (const category of TEXT_CATEGORIES) {
  // Political applies on District accounts only, District business on personal accounts only.
  const subset = examples.filter((ex) =>
    category === 'political'
      ? ex.context.account === 'district'
      : category === 'personal-district-use'
        ? ex.context.account === 'personal'
        : true,
  );
  const ys = subset.map((ex) => (ex.labels.includes(category) ? 1 : 0));
  const chosen = chooseThreshold(subset, ys, category);
  // Never below the floor: the model speaks only when fairly sure, so a clean post is rarely held.
  const threshold = Math.max(chosen.threshold, THRESHOLD_FLOOR[category] ?? 0.5);
  const { names, rows } = index(subset, MIN_COUNT);
  const w = train(rows, ys, names.length, names.indexOf('bias'));
  // Pack: sorted feature hashes and 16-bit weights (scale chosen so the largest weight fits).
  const entries = names
    .map((f, i) => [hashFeature(f), w[i] as number] as const)
    .filter(([, v]) => v !== 0)
    .sort((a, b) => a[0] - b[0]);
  const scale = Math.max(...entries.map(([, v]) => Math.abs(v))) / 32767;
  const blob = Buffer.alloc(entries.length * 6);
  entries.forEach(([h, v], i) => {
    blob.writeUInt32LE(h, i * 4);
    blob.writeInt16LE(Math.round(v / scale), entries.length * 4 + i * 2);
  });
  blobs.push(blob);
  header.push({ name: category, threshold, scale, count: entries.length });
  console.log(
    `${category}: ${subset.length} posts, ${ys.filter(Boolean).length} positive, ${entries.length} weights, threshold ${threshold}, cross-validated F1 (rules + model) ${chosen.f1.toFixed(3)}`,
  );
}
const packed: PackedModel = { version: 2, categories: header, data: Buffer.concat(blobs).toString('base64') };
writeFileSync(
  'lib/checker/data/model.ts',
  `/** Generated by \`npm run train\` (scripts/train.ts) from tests/data/train. Do not edit. */\nimport type { PackedModel } from '../model/model';\n\nexport const MODEL: PackedModel = ${JSON.stringify(packed)};\n`,
);
