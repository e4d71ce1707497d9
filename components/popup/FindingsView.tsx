/**
 * Minimal findings view for the popup's "Check text" (to be replaced by the shared
 * components/FindingList.tsx once the composer branch is merged): each finding with its severity in
 * words, the flagged words, why, the policy clause it cites, a fix when there is one, and "Not a problem".
 */
import type { Finding } from '@/lib/checker';
import { type MessageKey, t } from '@/lib/i18n';
import { clauseById, type PolicyDocument } from '@/lib/policy';
import { Icon } from '../Icon';
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
  if (findings.length === 0) return null;
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
      <ul class="findings" aria-label={t('check.findings')}>
        {findings.map((f) => (
          <FindingItem
            key={findingKey(f)}
            finding={f}
            text={text}
            policy={policy}
            onApplyFix={onApplyFix}
            onNotAProblem={onNotAProblem}
          />
        ))}
      </ul>
    </>
  );
}

interface FindingItemProps extends Omit<FindingsViewProps, 'findings'> {
  finding: Finding;
}

function FindingItem({ finding: f, text, policy, onApplyFix, onNotAProblem }: FindingItemProps) {
  const clause = clauseById(f.clause, policy ?? undefined);
  return (
    <li
      class={`finding sev-${f.severity}`}
      data-category={f.category}
      data-rule={f.rule}
      data-clause={f.clause}
      data-severity={f.severity}
      data-start={f.start}
      data-end={f.end}
    >
      <p class="finding-head">
        <span class={`badge sev-${f.severity}`}>
          <Icon name={f.severity === 'block' ? 'block' : f.severity === 'warn' ? 'warn' : 'info'} />{' '}
          {t(`severity.${f.severity}` as MessageKey)}
        </span>{' '}
        <strong>{t(`category.${f.category}` as MessageKey)}</strong>
      </p>
      <p class="finding-quote">
        {t('check.flagged')} <q>{text.slice(f.start, f.end)}</q>
      </p>
      <p class="finding-message">{f.message}</p>
      {clause && (
        <blockquote class="clause-text" lang={policy?.language ?? 'en'}>
          {clause.text} <cite>({clause.id})</cite>
        </blockquote>
      )}
      <div class="actions">
        {f.fix && (
          <button type="button" onClick={() => onApplyFix(f)}>
            {t('check.applyFix', { label: f.fix.label })}
          </button>
        )}
        <button type="button" class="secondary" onClick={() => onNotAProblem(f)}>
          {t('check.notAProblem')}
        </button>
      </div>
    </li>
  );
}
