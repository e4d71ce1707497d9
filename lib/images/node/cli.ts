/**
 * `npm run --silent check -- --image FILE [--platform P] [--account A] [--logo REF ...] [--settings FILE]`
 * Prints one JSON object: {"file", "faces", "text", "logo", "findings": [...]} (plus "error" when the
 * image could not be checked). Models load from installed packages; nothing is fetched.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { CheckContext } from '../../checker';
import { parseContext } from '../../cli/text';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '../../settings';
import { analyzeImage } from '../analyze';
import type { ImageAnalysis } from '../types';
import { nodeEngine } from './engine';
import { loadLogoTemplates } from './logos';

export interface ImageCliOptions {
  file: string;
  context: CheckContext;
  settings: Settings;
  logos: string[];
}

/** The CLI's analysis, also used by tests: the same code path, without printing. */
export async function analyzeFile(options: ImageCliOptions): Promise<ImageAnalysis> {
  const bytes = new Uint8Array(readFileSync(options.file));
  const logos = await loadLogoTemplates(options.logos, options.settings);
  return analyzeImage(bytes, nodeEngine, {
    file: basename(options.file),
    context: options.context,
    settings: options.settings,
    logos,
  });
}

/** The printed JSON: findings with the same fields as the text CLI. */
export function toJson(result: ImageAnalysis, file: string) {
  return {
    file,
    faces: result.faces,
    text: result.text,
    logo: result.logo,
    findings: result.findings.map(({ category, rule, clause, severity, start, end, message }) => ({
      category,
      rule,
      clause,
      severity,
      start,
      end,
      message,
    })),
    ...(result.error ? { error: result.error } : {}),
  };
}

function parseCli(argv: string[]): ImageCliOptions | string {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      image: { type: 'string' },
      platform: { type: 'string' },
      account: { type: 'string' },
      surface: { type: 'string' },
      logo: { type: 'string', multiple: true },
      settings: { type: 'string' },
    },
  });
  if (!values.image) return 'Usage: check -- --image FILE [--platform P] [--account A] [--logo REF ...]';
  const context = parseContext({ surface: 'caption', ...values });
  if (typeof context === 'string') return context;
  let settings = DEFAULT_SETTINGS;
  if (values.settings) {
    const parsed = settingsSchema.safeParse({
      ...DEFAULT_SETTINGS,
      ...JSON.parse(readFileSync(values.settings, 'utf8')),
    });
    if (!parsed.success) return `Settings file ${values.settings} is not valid: ${parsed.error.issues[0]?.message}`;
    settings = parsed.data;
  }
  return { file: values.image, context, settings, logos: values.logo ?? [] };
}

export async function runImageCli(argv: string[]): Promise<number> {
  let options: ImageCliOptions | string;
  try {
    options = parseCli(argv);
  } catch (e) {
    options = e instanceof Error ? e.message : String(e);
  }
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return 2;
  }
  try {
    readFileSync(options.file, { flag: 'r' }).length;
  } catch {
    process.stderr.write(`Cannot read ${options.file}\n`);
    return 2;
  }
  try {
    const result = await analyzeFile(options);
    process.stdout.write(`${JSON.stringify(toJson(result, options.file))}\n`);
    return 0;
  } finally {
    await nodeEngine.close();
  }
}
