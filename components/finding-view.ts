/**
 * What a finding component shows: the checker's finding plus what the caller resolved for it (the
 * flagged text and the policy clause). Shared by the in-page overlay and the popup.
 */
import type { Finding, Severity } from '../lib/checker/types';

export interface FindingView {
  /** Stable within one list (React key, fix target). */
  key: string;
  finding: Finding;
  /** The flagged span as the employee typed it (shown only on this device). */
  excerpt: string;
  clause?: { id: string; text: string; section?: string };
}

const RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

export function worstSeverity(findings: readonly { severity: Severity }[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const { severity } of findings) if (!worst || RANK[severity] > RANK[worst]) worst = severity;
  return worst;
}
