/**
 * `npm test`: lint, typecheck, unit tests, both browser builds, the Firefox linter and the browser
 * tests, in that order. Every step runs even after a failure so one run shows everything, and the run
 * ends with the plain `N passed, N failed` line CI reads. `npm test -- --only=unit,lint` runs a subset.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface Step {
  name: string;
  run: () => { passed: number; failed: number };
}

const outDir = 'test-results';
mkdirSync(outDir, { recursive: true });

function sh(command: string): boolean {
  console.log(`\n$ ${command}`);
  return spawnSync(command, { shell: true, stdio: 'inherit' }).status === 0;
}

function command(name: string, cmd: string): Step {
  return { name, run: () => (sh(cmd) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }) };
}

/** Counts come from Vitest's JSON report; a run that crashed before reporting counts as one failure. */
function vitest(name: string, config: string): Step {
  return {
    name,
    run: () => {
      const report = join(outDir, `${name}.json`);
      rmSync(report, { force: true });
      const ok = sh(`npx vitest run --config ${config} --reporter=default --reporter=json --outputFile.json=${report}`);
      if (!existsSync(report)) return { passed: 0, failed: 1 };
      const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
      const failed = json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1);
      return { passed: json.numPassedTests, failed };
    },
  };
}

/** addons-linter on the Firefox build: errors fail, warnings are printed. */
const webExtLint: Step = {
  name: 'web-ext-lint',
  run: () => {
    console.log('\n$ npx web-ext lint --source-dir .output/firefox-mv2');
    const result = spawnSync('npx web-ext lint --source-dir .output/firefox-mv2 --output json --no-config-discovery', {
      shell: true,
      encoding: 'utf8',
    });
    try {
      const json = JSON.parse(result.stdout) as { errors: { message: string; file?: string }[]; warnings: unknown[] };
      for (const e of json.errors) console.log(`  error: ${e.message} ${e.file ?? ''}`);
      console.log(`  ${json.errors.length} errors, ${json.warnings.length} warnings`);
      return json.errors.length === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
    } catch {
      console.log(result.stdout, result.stderr);
      return { passed: 0, failed: 1 };
    }
  },
};

const steps: Step[] = [
  command('lint', 'npx biome check .'),
  command('typecheck', 'npx tsc --noEmit'),
  vitest('unit', 'vitest.config.ts'),
  command('build', 'npm run --silent build'),
  webExtLint,
  vitest('e2e', 'vitest.e2e.config.ts'),
];

const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
let passed = 0;
let failed = 0;
const failures: string[] = [];
for (const step of steps) {
  if (only && !only.includes(step.name)) continue;
  const result = step.run();
  passed += result.passed;
  failed += result.failed;
  if (result.failed) failures.push(step.name);
}
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
