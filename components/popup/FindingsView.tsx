/**
 * The popup's "Check text" results: the draft with its flagged spans marked, then the findings rendered
 * by the same components as the in-page card and review dialog (components/FindingList.tsx), with the
 * popup's "Not a problem" after each one.
 */
import { useMemo } from 'preact/hooks';
import type { Finding } from '@/lib/checker';
import { t } from '@/lib/i18n';
import type { PolicyDocument } from '@/lib/policy';
import { FindingList } from '../FindingList';
import { buildFindingViews, type FindingView } from '../finding-view';
import { highlightRuns } from './highlight';

interface FindingsViewProps {
  text: string;
  findings: Finding[];
  policy: PolicyDocument | null;
  onApplyFix: (finding: Finding) => void;
  onNotAProblem: (finding: Finding) => void;
}

export function findingKey(f: Finding): string {
  return `${f.rule}:${f.start}:${f.end}`;
}

export function FindingsView({ text, findings, policy, onApplyFix, onNotAProblem }: FindingsViewProps) {
  const views = useMemo(() => buildFindingViews(findings, text, policy), [findings, text, policy]);
  if (findings.length === 0) return null;
  const notAProblem = (view: FindingView) => (
    <button type="button" class="pf-button secondary" onClick={() => onNotAProblem(view.finding)}>
      {t('check.notAProblem')}
    </button>
  );
  return (
    <>
      <h2 class="subheading">{t('check.marked')}</h2>
      <p class="marked-text">
        {highlightRuns(text, findings).map((run) =>
          run.severity ? (
            <mark key={run.start} class={`sev-${run.severity}`}>
              {run.text}
            </mark>
          ) : (
            run.text
          ),
        )}
      </p>
      <FindingList
        views={views}
        level={3}
        label={t('check.findings')}
        onFix={(view) => onApplyFix(view.finding)}
        actions={notAProblem}
      />
    </>
  );
}
