/**
 * Pure decisions behind the review dialog: which findings hold a post, what "Post anyway" needs under
 * the District's settings, and the decision-log entry (rule ids, categories and time, never text).
 */
import type { OverrideNeed } from '../../components/ReviewDialog';
import type { Account, Finding, Platform } from '../checker/types';
import type { DecisionLogEntry } from '../log';
import type { Settings } from '../settings/schema';

const NEED_RANK: Record<OverrideNeed, number> = { none: 0, acknowledge: 1, reason: 2, 'not-allowed': 3 };

/** Findings that hold a post: warnings and blocks (notes never interrupt). */
export function holdingFindings<T extends Finding>(findings: readonly T[]): T[] {
  return findings.filter((finding) => finding.severity === 'warn' || finding.severity === 'block');
}

/** The strictest override requirement among the findings, per `settings.categories[cat].override`. */
export function overrideNeed(findings: readonly Finding[], settings: Pick<Settings, 'categories'>): OverrideNeed {
  let need: OverrideNeed = 'none';
  for (const finding of holdingFindings(findings)) {
    const policy = settings.categories[finding.category];
    const own: OverrideNeed = policy?.override ?? 'acknowledge';
    if (NEED_RANK[own] > NEED_RANK[need]) need = own;
  }
  return need;
}

/**
 * What the review dialog asks for. A photo of people asks for the release-form confirmation: required on
 * District accounts, a warning on personal ones. Where the District asks only for an acknowledgement of
 * such photos, the confirmation takes its place; a stricter setting (a reason, or not allowed) still applies.
 */
export function reviewNeeds(
  findings: readonly Finding[],
  settings: Pick<Settings, 'categories'>,
  district: boolean,
): { need: OverrideNeed; release?: 'required' | 'optional' } {
  const isPeople = (finding: Finding) => (finding.category as string) === 'student-image';
  const people = holdingFindings(findings).some(isPeople);
  const own = settings.categories['student-image']?.override ?? 'acknowledge';
  const replaced = own === 'acknowledge';
  const need = overrideNeed(replaced ? findings.filter((f) => !isPeople(f)) : findings, settings);
  if (!people) return { need };
  return { need, release: district ? 'required' : 'optional' };
}

/** Whether "Not a problem" may also let the post through (it still needs a reason when one is required). */
export function dismissPosts(need: OverrideNeed, reason: string | undefined): boolean {
  if (need === 'none' || need === 'acknowledge') return true;
  return need === 'reason' && !!reason;
}

export function decisionEntry(
  kind: DecisionLogEntry['kind'],
  platform: Platform,
  account: Account,
  findings: readonly Finding[],
  reason?: string,
  time = Date.now(),
): DecisionLogEntry {
  const entry: DecisionLogEntry = {
    time,
    kind,
    platform,
    account,
    categories: [...new Set(findings.map((finding) => finding.category))],
    rules: [...new Set(findings.map((finding) => finding.rule))],
  };
  if (reason) entry.reason = reason;
  return entry;
}
