/**
 * `npm run eval`: precision, recall and F1 per category on ../shared/eval/dev.jsonl and, for
 * `derogatory`, on each ../shared/eval/real/*.jsonl, with the peer libraries obscenity, bad-words and
 * leo-profanity scored on the same rows. Misses (false positives and negatives) go to eval-out/.
 * `--json` prints one JSON object instead of the tables; `--file=PATH` scores another labeled file instead.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Filter } from 'bad-words';
import leo from 'leo-profanity';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { type CheckContext, check, type Finding } from '../lib/checker';
import { parseContext } from '../lib/cli/text';
import { TEXT_CATEGORIES, type TextCategory } from '../lib/policy';

interface Row {
  id: string;
  text: string;
  labels: string[];
  context: CheckContext;
}

const EVAL_DIR = resolve(process.env.EVAL_DIR ?? join('..', 'shared', 'eval'));
const OUT = 'eval-out';
const asJson = process.argv.includes('--json');

function load(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const r = JSON.parse(line);
      const context = parseContext(r);
      return {
        id: r.id,
        text: r.text,
        labels: r.labels ?? [],
        context: typeof context === 'string' ? (parseContext({}) as CheckContext) : context,
      };
    });
}

const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const badWords = new Filter();
const PEERS: Record<string, (text: string) => boolean> = {
  obscenity: (t) => obscenity.hasMatch(t),
  'bad-words': (t) => {
    try {
      return badWords.isProfane(t);
    } catch {
      return false;
    }
  },
  'leo-profanity': (t) => leo.check(t),
};

interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
const empty = (): Score => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
function add(s: Score, predicted: boolean, actual: boolean) {
  if (predicted && actual) s.tp++;
  else if (predicted) s.fp++;
  else if (actual) s.fn++;
  else s.tn++;
}
function prf(s: Score) {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { precision: round(p), recall: round(r), f1: round(f), ...s };
}
const round = (x: number) => Math.round(x * 1000) / 1000;

function describe(text: string, findings: Finding[]) {
  return findings.map((f) => `${f.category}/${f.rule} "${text.slice(f.start, f.end)}"`);
}

function evaluate(file: string, categories: readonly TextCategory[], withPeers: boolean) {
  const rows = load(file);
  const scores = Object.fromEntries(categories.map((c) => [c, empty()])) as Record<TextCategory, Score>;
  const peers = Object.fromEntries(Object.keys(PEERS).map((p) => [p, empty()]));
  let clean = 0;
  let cleanFlagged = 0;
  let personalPolitical = 0;
  const misses: unknown[] = [];
  for (const row of rows) {
    const findings = check(row.text, row.context).filter((f) => categories.includes(f.category));
    if (row.labels.length === 0) {
      clean++;
      if (findings.length > 0) cleanFlagged++;
    }
    if (row.context.account === 'personal' && findings.some((f) => f.category === 'political')) personalPolitical++;
    for (const category of categories) {
      const predicted = findings.some((f) => f.category === category);
      const actual = row.labels.includes(category);
      add(scores[category], predicted, actual);
      if (predicted !== actual) {
        misses.push({
          kind: predicted ? 'FP' : 'FN',
          category,
          id: row.id,
          account: row.context.account,
          labels: row.labels,
          text: row.text,
          findings: describe(row.text, findings),
        });
      }
    }
    if (withPeers) {
      for (const [name, peer] of Object.entries(PEERS))
        add(peers[name] as Score, peer(row.text), row.labels.includes('derogatory'));
    }
  }
  mkdirSync(OUT, { recursive: true });
  const missFile = join(OUT, `${basename(file, '.jsonl')}-misses.jsonl`);
  writeFileSync(missFile, misses.map((m) => JSON.stringify(m)).join('\n') + (misses.length ? '\n' : ''));
  return {
    file: basename(file),
    rows: rows.length,
    categories: Object.fromEntries(categories.map((c) => [c, prf(scores[c])])),
    peers: withPeers ? Object.fromEntries(Object.entries(peers).map(([n, s]) => [n, prf(s as Score)])) : undefined,
    cleanRows: clean,
    cleanFlaggedShare: clean ? round(cleanFlagged / clean) : 0,
    personalPolitical,
    misses: missFile,
  };
}

// `--file PATH` scores one extra labeled file on every category (e.g. a District's own sample).
const extra = process.argv.find((a) => a.startsWith('--file='))?.slice('--file='.length);
const results = extra
  ? [evaluate(extra, TEXT_CATEGORIES, true)]
  : [evaluate(join(EVAL_DIR, 'dev.jsonl'), TEXT_CATEGORIES, true)];
const realDir = join(EVAL_DIR, 'real');
if (!extra && existsSync(realDir)) {
  for (const f of readdirSync(realDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    results.push(evaluate(join(realDir, f), ['derogatory'], true));
  }
}

if (asJson) {
  console.log(JSON.stringify(results));
} else {
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  for (const r of results) {
    console.log(`\n${r.file} (${r.rows} rows)`);
    console.log(`${pad('category', 24)}${pad('P', 8)}${pad('R', 8)}${pad('F1', 8)}tp/fp/fn`);
    for (const [c, s] of Object.entries(r.categories)) {
      console.log(`${pad(c, 24)}${pad(s.precision, 8)}${pad(s.recall, 8)}${pad(s.f1, 8)}${s.tp}/${s.fp}/${s.fn}`);
    }
    // Peers are scored on derogatory only (they are profanity filters).
    for (const [n, s] of Object.entries(r.peers ?? {})) {
      console.log(
        `${pad(`  peer ${n}`, 24)}${pad(s.precision, 8)}${pad(s.recall, 8)}${pad(s.f1, 8)}${s.tp}/${s.fp}/${s.fn}`,
      );
    }
    if (r.cleanRows)
      console.log(`clean rows with any finding: ${(r.cleanFlaggedShare * 100).toFixed(1)}% of ${r.cleanRows}`);
    if (r.categories.political) console.log(`political findings on personal-account rows: ${r.personalPolitical}`);
    console.log(`misses: ${r.misses}`);
  }
}
