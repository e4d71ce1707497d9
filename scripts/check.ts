/**
 * CLI for the text checker (and, with --image, the image analysis).
 *   npm run --silent check -- "TEXT" [--platform x|facebook|instagram] [--account personal|district] [--surface post|...]
 *   npm run --silent check -- --jsonl FILE     one JSON line per record on stdout; bad lines reported on stderr
 *   npm run --silent check -- --image FILE [--platform P] [--account A] [--logo REF ...]
 * Options: --settings FILE (a settings JSON, e.g. an exported configuration).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type CheckContext, check } from '../lib/checker';
import { formatFindings, parseContext, runJsonl } from '../lib/cli/text';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '../lib/settings';

const USAGE = `Usage:
  npm run --silent check -- "TEXT" [--platform x|facebook|instagram] [--account personal|district] [--surface post|comment|reply|caption|message]
  npm run --silent check -- --jsonl FILE
  npm run --silent check -- --image FILE [--platform P] [--account A] [--logo REF ...]
Options:
  --settings FILE   settings JSON to check with (default: the shipped sample District)`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--image')) {
    const { runImageCli } = await import('../lib/images/node/cli');
    return runImageCli(argv);
  }
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      platform: { type: 'string' },
      account: { type: 'string' },
      surface: { type: 'string' },
      jsonl: { type: 'string' },
      settings: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let settings: Settings = DEFAULT_SETTINGS;
  if (values.settings) {
    const parsed = settingsSchema.safeParse({
      ...DEFAULT_SETTINGS,
      ...JSON.parse(readFileSync(values.settings, 'utf8')),
    });
    if (!parsed.success) fail(`Settings file ${values.settings} is not valid: ${parsed.error.issues[0]?.message}`);
    settings = parsed.data;
  }
  const context = parseContext(values);
  if (typeof context === 'string') fail(context);
  if (values.jsonl !== undefined) {
    const input = values.jsonl === '-' ? readFileSync(0, 'utf8') : readFileSync(values.jsonl, 'utf8');
    return runJsonl(
      input,
      settings,
      (line) => process.stdout.write(`${line}\n`),
      (msg) => process.stderr.write(`${msg}\n`),
    );
  }
  if (positionals.length === 0) fail(USAGE);
  const text = positionals.join(' ');
  const findings = check(text, context as CheckContext, settings);
  process.stdout.write(`${formatFindings(text, findings, context as CheckContext, settings, process.stdout.isTTY)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
);
