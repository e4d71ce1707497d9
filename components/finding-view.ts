/**
 * What a finding component shows: the checker's finding plus what the caller resolved for it (the
 * flagged text and the policy clause). Shared by the in-page overlay and the popup.
 */
import type { Finding, Severity } from '../lib/checker/types';
import { clauseById, DEFAULT_POLICY, type PolicyDocument } from '../lib/policy';

export interface FindingView {
  /** Stable within one list (React key, fix target). */
  key: string;
  finding: Finding;
  /** The flagged span as the employee typed it (shown only on this device). */
  excerpt: string;
  clause?: { id: string; text: string; section?: string /** The policy document's language. */; language?: string };
}

const RANK: Record<Severity, number> = { info: 0, warn: 1, block: 2 };

export function worstSeverity(findings: readonly { severity: Severity }[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const { severity } of findings) if (!worst || RANK[severity] > RANK[worst]) worst = severity;
  return worst;
}

/** Views for `findings` of `text`, each with its flagged excerpt and the clause it cites (the District's policy when set). */
export function buildFindingViews(
  findings: readonly Finding[],
  text: string,
  policy: PolicyDocument | null | undefined,
  prefix = '',
): FindingView[] {
  return findings.map((finding, index) => {
    const clause = clauseById(finding.clause, policy ?? undefined);
    return {
      key: `${prefix}${index}-${finding.rule}-${finding.start}`,
      finding,
      excerpt: text.slice(finding.start, finding.end),
      clause: clause && {
        id: clause.id,
        text: clause.text,
        section: clause.section.title,
        language: (policy ?? DEFAULT_POLICY).language,
      },
    };
  });
}
