/** Text-checker CLI helpers (kept out of scripts/ so they are unit-tested). */
import { type CheckContext, check, DEFAULT_CONTEXT, type Finding } from '../checker';
import { clauseById } from '../policy';
import type { Settings } from '../settings';

const PLATFORMS = ['x', 'facebook', 'instagram'] as const;
const ACCOUNTS = ['personal', 'district'] as const;
const SURFACES = ['post', 'comment', 'reply', 'caption', 'message'] as const;

/** A context from CLI options or a JSONL record; a string is the plain-words error. */
export function parseContext(values: {
  platform?: unknown;
  account?: unknown;
  surface?: unknown;
}): CheckContext | string {
  const pick = <T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T | string => {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    return `${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`;
  };
  const platform = pick('platform', values.platform, PLATFORMS, DEFAULT_CONTEXT.platform);
  const account = pick('account', values.account, ACCOUNTS, DEFAULT_CONTEXT.account);
  const surface = pick('surface', values.surface, SURFACES, DEFAULT_CONTEXT.surface);
  for (const value of [platform, account, surface]) if (value.includes(' ')) return value;
  return { platform, account, surface } as CheckContext;
}

/** The finding fields the JSONL output carries, in a fixed order. */
export function findingJson(finding: Finding) {
  const { category, rule, clause, severity, start, end, message } = finding;
  return { category, rule, clause, severity, start, end, message };
}

/**
 * Check each JSONL record and emit exactly one JSON line per record. Blank lines are skipped; a bad
 * line (invalid JSON, no text, bad context) is reported through `error` with its line number and the
 * rest are still processed. Returns the exit status: 0, or 1 when any line was bad.
 */
export function runJsonl(
  input: string,
  settings: Settings,
  emit: (line: string) => void,
  error: (message: string) => void,
): number {
  let bad = 0;
  const lines = input.split(/\r?\n/);
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      bad++;
      error(`line ${lineNumber}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
      return;
    }
    if (typeof record !== 'object' || record === null || typeof (record as { text?: unknown }).text !== 'string') {
      bad++;
      error(`line ${lineNumber}: the record has no "text" string`);
      return;
    }
    const r = record as { id?: unknown; text: string; platform?: unknown; account?: unknown; surface?: unknown };
    const context = parseContext(r);
    if (typeof context === 'string') {
      bad++;
      error(`line ${lineNumber}: ${context}`);
      return;
    }
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? r.id : lineNumber;
    emit(JSON.stringify({ id, findings: check(r.text, context, settings).map(findingJson) }));
  });
  return bad > 0 ? 1 : 0;
}

const SEVERITY_LABEL = { block: 'BLOCK', warn: 'WARN', info: 'INFO' } as const;

/** Readable report: each finding with its span, message, the clause text and the fix. */
export function formatFindings(
  text: string,
  findings: Finding[],
  context: CheckContext,
  settings: Settings,
  color = false,
): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const where = `${context.platform}, ${context.account} account, ${context.surface}`;
  if (findings.length === 0) return `No findings (${where}).`;
  const out = [`${findings.length} finding${findings.length === 1 ? '' : 's'} (${where})`];
  findings.forEach((f, i) => {
    const clause = clauseById(f.clause, settings.policy ?? undefined);
    const sev = paint(
      f.severity === 'block' ? '31;1' : f.severity === 'warn' ? '33;1' : '36',
      SEVERITY_LABEL[f.severity],
    );
    out.push('');
    out.push(`${i + 1}. ${sev} ${f.category} / ${f.rule}  [${f.start}-${f.end}] "${text.slice(f.start, f.end)}"`);
    out.push(`   ${f.message}`);
    if (clause) out.push(`   Policy ${clause.id} (${clause.section.title}):`, `   "${clause.text}"`);
    if (f.fix) out.push(`   Fix: ${f.fix.label}${f.fix.replacement ? ` -> "${f.fix.replacement}"` : ''}`);
  });
  return out.join('\n');
}
