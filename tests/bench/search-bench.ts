/**
 * Keystroke latency of the popup's policy search: the search alone (MiniSearch over every clause) and the
 * whole update a keystroke causes (input event, search, Preact render of the result cards) in happy-dom,
 * which is slower than a browser, so the figure is an upper bound, and in the built popup in Chromium when
 * a build is there. The budget is one frame (16.7 ms).
 *   npx tsx tests/bench/search-bench.ts        (or through `npm run bench`)
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { createPolicySearch } from '../../lib/policy/search';

/** What people type, keystroke by keystroke. */
const QUERIES = [
  'friend request',
  'logo',
  'vote yes',
  'photos of kids',
  'retweet',
  'student id',
  'solicitud de amistad',
];
const FRAME_MS = 1000 / 60;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Stats = { p50: number; p99: number; max: number };

export interface SearchBenchResult {
  name: string;
  keystrokes: number;
  /** ms, createPolicySearch() over the shipped policy (once per popup open). */
  indexBuildMs: number;
  /** The search alone, in Node: wall-clock, and CPU time (which a busy machine does not inflate). */
  searchMs: Stats;
  searchCpuMs: Stats;
  /** Input event to updated DOM in happy-dom (an upper bound: happy-dom is slower than a browser). */
  updateMs: Stats;
  /** Input event to updated and laid-out DOM in the built popup in Chromium; null without a build or Chromium. */
  chromiumUpdateMs: Stats | null;
  frameBudgetMs: number;
  withinFrame: boolean;
  /** 1-minute load average when the bench ended: wall-clock figures on a busy 2-core machine include waiting. */
  loadAverage: number;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { p50: round(at(0.5)), p99: round(at(0.99)), max: round(sorted[sorted.length - 1]) };
}

function keystrokes(): string[] {
  return QUERIES.flatMap((query) => [...query].map((_, i) => query.slice(0, i + 1)));
}

/** CPU time of this process in ms: unlike wall-clock time, it does not grow while other processes hold the CPUs. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function searchOnly(rounds: number): { build: number; samples: number[]; cpu: number[] } {
  let start = performance.now();
  const search = createPolicySearch();
  const build = performance.now() - start;
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const prefix of keystrokes()) {
      const cpuStart = cpuMs();
      start = performance.now();
      search.search(prefix);
      samples.push(performance.now() - start);
      cpu.push(cpuMs() - cpuStart);
    }
  }
  return { build, samples, cpu };
}

/** Type into the real PolicyLookup component and time each input event until the DOM shows the results. */
async function fullUpdate(rounds: number): Promise<number[]> {
  const window = new Window({ url: 'chrome-extension://bench/popup.html' });
  const globals = globalThis as Record<string, unknown>;
  for (const key of [
    'window',
    'document',
    'navigator',
    'HTMLElement',
    'Element',
    'Node',
    'Event',
    'InputEvent',
    'requestAnimationFrame',
  ]) {
    globals[key] = key === 'window' ? window : (window as unknown as Record<string, unknown>)[key];
  }
  const [{ h, render }, { act }, { PolicyLookup }, { DEFAULT_POLICY }] = await Promise.all([
    import('preact'),
    import('preact/test-utils'),
    import('../../components/popup/PolicyLookup'),
    import('../../lib/policy'),
  ]);
  const root = window.document.createElement('div');
  window.document.body.append(root);
  act(() => render(h(PolicyLookup, { policy: DEFAULT_POLICY }), root as unknown as Element));
  const input = root.querySelector('#policy-search') as unknown as HTMLInputElement;
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) {
      for (const prefix of [...[...query].map((_, i) => query.slice(0, i + 1)), '']) {
        const start = performance.now();
        act(() => {
          input.value = prefix;
          input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
        });
        if (prefix) samples.push(performance.now() - start);
      }
    }
  }
  act(() => render(null, root as unknown as Element));
  await window.happyDOM.close();
  return samples;
}

const IN_PAGE = `async (prefixes, rounds) => {
  const input = document.getElementById('policy-search');
  const root = document.querySelector('.lookup');
  const type = (text) => new Promise((resolve) => {
    let done = false;
    const start = performance.now();
    const observer = new MutationObserver(() => finish());
    function finish() {
      if (done) return;
      done = true;
      observer.disconnect();
      void document.body.offsetHeight;
      resolve(performance.now() - start);
    }
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    setTimeout(finish, 0);
  });
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    for (const prefix of prefixes) {
      const ms = await type(prefix);
      if (prefix) samples.push(ms);
    }
  }
  return samples;
}`;

/**
 * Each keystroke in the real popup: set the field, fire `input`, and stop the clock once Preact has
 * patched the DOM (a MutationObserver fires right after) and layout is done (a forced reflow).
 */
async function chromiumUpdate(rounds: number): Promise<number[] | null> {
  if (!existsSync('.output/chrome-mv3/manifest.json') || !existsSync(CHROMIUM)) return null;
  const { launch } = await import('../e2e/harness');
  const harness = await launch();
  try {
    const page = await harness.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/popup.html`);
    await page.locator('#policy-search').waitFor();
    const prefixes = QUERIES.flatMap((query) => [...[...query].map((_, i) => query.slice(0, i + 1)), '']);
    // A source string, not a function: tsx's name helpers do not exist in the page.
    return (await page.evaluate(`(${IN_PAGE})(${JSON.stringify(prefixes)}, ${rounds})`)) as number[];
  } finally {
    await harness.close();
  }
}

export async function runSearchBench(rounds = 20): Promise<SearchBenchResult> {
  searchOnly(2); // warm up the JIT
  const { build, samples, cpu } = searchOnly(rounds);
  const update = await fullUpdate(Math.max(2, Math.round(rounds / 4)));
  const chromium = await chromiumUpdate(Math.max(2, Math.round(rounds / 2)));
  const chromiumUpdateMs = chromium ? stats(chromium) : null;
  return {
    name: 'popup policy search, per keystroke',
    keystrokes: samples.length + update.length + (chromium?.length ?? 0),
    indexBuildMs: Math.round(build * 1000) / 1000,
    searchMs: stats(samples),
    searchCpuMs: stats(cpu),
    updateMs: stats(update),
    chromiumUpdateMs,
    frameBudgetMs: Math.round(FRAME_MS * 10) / 10,
    withinFrame: (chromiumUpdateMs ?? stats(update)).p99 < FRAME_MS,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
  };
}

export function formatSearchBench(r: SearchBenchResult): string {
  return [
    `${r.name} (${r.keystrokes} keystrokes)`,
    `  index build          ${r.indexBuildMs.toFixed(2)} ms`,
    `  search only          p50 ${r.searchMs.p50.toFixed(3)} ms  p99 ${r.searchMs.p99.toFixed(3)} ms  max ${r.searchMs.max.toFixed(3)} ms`,
    `  search CPU time      p50 ${r.searchCpuMs.p50.toFixed(3)} ms  p99 ${r.searchCpuMs.p99.toFixed(3)} ms  max ${r.searchCpuMs.max.toFixed(3)} ms`,
    `  input -> DOM update  p50 ${r.updateMs.p50.toFixed(3)} ms  p99 ${r.updateMs.p99.toFixed(3)} ms  max ${r.updateMs.max.toFixed(3)} ms (happy-dom)`,
    r.chromiumUpdateMs
      ? `  input -> DOM+layout  p50 ${r.chromiumUpdateMs.p50.toFixed(3)} ms  p99 ${r.chromiumUpdateMs.p99.toFixed(3)} ms  max ${r.chromiumUpdateMs.max.toFixed(3)} ms (built popup in Chromium)`
      : '  input -> DOM+layout  (skipped: no .output/chrome-mv3 build or no Chromium)',
    `  one frame            ${r.frameBudgetMs} ms: ${r.withinFrame ? 'within' : 'OVER'} budget at p99 (${r.chromiumUpdateMs ? 'Chromium' : 'happy-dom'})`,
    `  load average         ${r.loadAverage} on ${cpus().length} cores (wall-clock figures include waiting for a CPU)`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runSearchBench().then((result) => console.log(formatSearchBench(result)));
}
