/**
 * Runs the rule registry over a document: chunks (cached), context gates, severity from settings,
 * allowlist, and de-duplication of overlapping hits of one category.
 */
import { clauseForCategory } from '../policy/clauses';
import { analyzeChunks, splitChunks } from './analysis';
import { compileEnv } from './env';
import type { Doc, Hit, Rule, Scanner } from './rule';
import { RULES } from './rules';
import type { CheckContext, CheckerSettings, Finding } from './types';

const NO_HITS: readonly Hit[] = Object.freeze([]);

/** Memo keys per settings version and scanner, built once rather than on every chunk of every check. */
const MEMO_KEYS = new Map<number, Map<string, string>>();
function memoKeys(envId: number): Map<string, string> {
  let keys = MEMO_KEYS.get(envId);
  if (!keys) {
    if (MEMO_KEYS.size > 8) MEMO_KEYS.clear();
    keys = new Map();
    MEMO_KEYS.set(envId, keys);
  }
  return keys;
}

function makeDoc(text: string, context: CheckContext, settings: CheckerSettings): Doc {
  const env = compileEnv(settings);
  const chunks = analyzeChunks(splitChunks(text));
  const scanned = new Map<string, Hit[]>();
  const keys = memoKeys(env.id);
  return {
    text,
    context,
    env,
    chunks,
    results: [],
    scan(scanner: Scanner) {
      const done = scanned.get(scanner.id);
      if (done) return done;
      let key = keys.get(scanner.id);
      if (key === undefined) {
        key = `${scanner.id}#${env.id}`;
        keys.set(scanner.id, key);
      }
      const hits: Hit[] = [];
      for (const { chunk, offset } of chunks) {
        let local = chunk.memo.get(key) as readonly Hit[] | undefined;
        if (!local) {
          const found = scanner.scan(chunk, env);
          // Most chunks have no hits: one shared empty list keeps cached chunks small.
          local = found.length === 0 ? NO_HITS : found;
          chunk.memo.set(key, local);
        }
        for (const hit of local) hits.push({ ...hit, start: hit.start + offset, end: hit.end + offset });
      }
      scanned.set(scanner.id, hits);
      return hits;
    },
    has(re: RegExp) {
      for (const { chunk } of chunks) {
        let found = chunk.memo.get(re) as boolean | undefined;
        if (found === undefined) {
          re.lastIndex = 0;
          found = re.test(chunk.text);
          chunk.memo.set(re, found);
        }
        if (found) return true;
      }
      return false;
    },
  };
}

/** True when the hit lies inside an allowlisted word or phrase. */
function allowed(text: string, hit: Hit, allow: string[]): boolean {
  if (allow.length === 0) return false;
  const lower = text.toLowerCase();
  const hitText = lower.slice(hit.start, hit.end).trim();
  for (const phrase of allow) {
    if (hitText === phrase) return true;
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      const before = lower[at - 1];
      const after = lower[at + phrase.length];
      const whole = (!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after));
      if (whole && at <= hit.start && at + phrase.length >= hit.end) return true;
    }
  }
  return false;
}

/**
 * The document and the ids of the hand-written rules that found something: what the learned model's
 * features are made of (scripts/train.ts uses this to train on exactly what the checker will see).
 */
export function ruleSignals(
  text: string,
  context: CheckContext,
  settings: CheckerSettings,
): { doc: Doc; fired: string[] } {
  const doc = makeDoc(text, context, settings);
  const fired: string[] = [];
  for (const rule of RULES as Rule[]) {
    if (rule.id.endsWith('-wording') || (rule.applies && !rule.applies(context))) continue;
    const hits = rule.run(doc);
    doc.results.push({ id: rule.id, category: rule.category, hits });
    if (hits.length > 0) fired.push(rule.id);
  }
  return { doc, fired };
}

export function runRules(text: string, context: CheckContext, settings: CheckerSettings): Finding[] {
  const doc = makeDoc(text, context, settings);
  const findings: Finding[] = [];
  for (const rule of RULES as Rule[]) {
    const mode = settings.categories[rule.category]?.mode ?? 'warn';
    if (mode === 'off' || (rule.applies && !rule.applies(context))) continue;
    const clause = clauseForCategory(rule.category, settings.policy ?? undefined).id;
    const hits = rule.run(doc);
    doc.results.push({ id: rule.id, category: rule.category, hits });
    for (const hit of hits) {
      if (hit.end <= hit.start || hit.start < 0 || hit.end > text.length) continue;
      if (allowed(text, hit, doc.env.allow)) continue;
      const finding: Finding = {
        category: rule.category,
        rule: rule.id,
        clause,
        severity: mode,
        start: hit.start,
        end: hit.end,
        message: hit.message,
      };
      if (hit.fix) finding.fix = hit.fix;
      findings.push(finding);
    }
  }
  return dedupe(findings);
}

/** Overlapping findings of one category: keep the first rule's (registry order is priority order). */
function dedupe(findings: Finding[]): Finding[] {
  const kept: Finding[] = [];
  for (const f of findings) {
    const clash = kept.some((k) => k.category === f.category && k.start < f.end && f.start < k.end);
    if (!clash) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
