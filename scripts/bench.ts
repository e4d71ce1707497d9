/**
 * `npm run bench`: timing figures for the text checker (and, when their modules are present, the
 * in-browser composer and image benchmarks). `npm run --silent bench -- --json` prints one JSON object.
 * Figures: p50/p99 of a full check of 280-, 1,000- and 5,000-character posts; keystroke-by-keystroke
 * editing of a 5,000-character post (the checker re-parses only the changed chunk); cold start (module
 * load plus first check, in a fresh Node process).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { check } from '../lib/checker';
import { DEFAULT_SETTINGS } from '../lib/settings';

const asJson = process.argv.includes('--json');
const CONTEXT = { platform: 'x', account: 'personal', surface: 'post' } as const;

const SENTENCES = [
  'Huge thanks to everyone who came out for the fall concert tonight, the choir sounded amazing.',
  'Reminder that picture day is Thursday and retakes are in two weeks.',
  'Our robotics team placed third at regionals and we could not be prouder of them!',
  'Jaxon in 4th period failed the test again and his mom says he is on a 504 now.',
  'I swear these kids are going to be the death of me, but I love them anyway.',
  'Vote YES on Measure C on November 5 so our buildings finally get new roofs.',
  'Practice is moved to the aux gym today because the weight room floors are being refinished.',
  'The new copier jammed three times before 7:30 and I could honestly strangle it.',
  'Call her mom at 555-0187 if the bus is late again, she said that is fine.',
  'Student 2019-33417 left a retainer in the lost and found weeks ago.',
];

/** A post of about `length` characters made of varied sentences (different each seed). */
function post(length: number, seed: number): string {
  let out = '';
  let i = seed;
  while (out.length < length) out += `${SENTENCES[i++ % SENTENCES.length]} `;
  return out.slice(0, length);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Full checks of distinct posts (no chunk-cache reuse across runs: every run is a new text). */
function full(length: number, runs: number) {
  for (let i = 0; i < 50; i++) check(`${i} ${post(length, i)}`, CONTEXT, DEFAULT_SETTINGS);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = `${i}:${Math.random().toString(36).slice(2)} ${post(length, i)}`.replace(
      /(\w+)/g,
      (w, _m, at: number) => (at % 7 === 0 ? `${w}${i % 10}` : w),
    );
    times.push(time(() => check(text, CONTEXT, DEFAULT_SETTINGS)));
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** Type a 5,000-character post one character at a time at the end and in the middle, checking after each. */
function keystrokes() {
  const base = post(5000, 3);
  const times: number[] = [];
  let text = base.slice(0, 4800);
  const typed = base.slice(4800);
  check(text, CONTEXT, DEFAULT_SETTINGS);
  for (const ch of typed) {
    text += ch;
    const t = text;
    times.push(time(() => check(t, CONTEXT, DEFAULT_SETTINGS)));
  }
  // Edits in the middle of the post.
  for (let i = 0; i < 200; i++) {
    const at = 2000 + i;
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    const t = text;
    times.push(time(() => check(t, CONTEXT, DEFAULT_SETTINGS)));
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), count: times.length };
}

/**
 * Module load plus the first check, as the extension ships it: the checker bundled and minified into
 * one file (as WXT bundles the content script), loaded in a fresh Node process. Median of 7 runs.
 */
async function coldStart(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-bench-'));
  const bundle = join(dir, 'checker.mjs');
  await build({
    entryPoints: ['lib/checker/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    outfile: bundle,
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, 'run.mjs'),
    `const t0 = performance.now();
const { check } = await import('./checker.mjs');
check('You are a f***ing idiot, call me at 555-0187', { platform: 'x', account: 'personal', surface: 'post' });
console.log(performance.now() - t0);`,
  );
  const runs: number[] = [];
  for (let i = 0; i < 7; i++)
    runs.push(Number(execFileSync('node', [join(dir, 'run.mjs')], { encoding: 'utf8' }).trim()));
  rmSync(dir, { recursive: true, force: true });
  runs.sort((a, b) => a - b);
  return runs[3] as number;
}

const f280 = full(280, 2000);
const f1000 = full(1000, 800);
const f5000 = full(5000, 200);
const keys = keystrokes();
const cold = await coldStart();
const result: Record<string, number> = {
  full_280_p50_ms: f280.p50,
  full_280_p99_ms: f280.p99,
  full_1000_p50_ms: f1000.p50,
  full_1000_p99_ms: f1000.p99,
  full_5000_p50_ms: f5000.p50,
  full_5000_p99_ms: f5000.p99,
  keystroke_5000_p50_ms: keys.p50,
  keystroke_5000_p99_ms: keys.p99,
  cold_start_ms: cold,
};
const rounded = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, Math.round(v * 100) / 100]));
if (asJson) console.log(JSON.stringify(rounded));
else {
  console.log('Text checker (this machine, Node, after warm-up):');
  for (const [k, v] of Object.entries(rounded)) console.log(`  ${k.padEnd(24)} ${v}`);
}
