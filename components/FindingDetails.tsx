/**
 * One finding: category, severity as icon and text (never colour alone), the plain-words message, the
 * flagged text, the quoted policy clause and, where the rule offers one, a fix button.
 */
import type { ComponentChildren } from 'preact';
import { t } from '../lib/i18n';
import { findingMessage, fixLabel } from '../lib/i18n/findings';
import type { FindingView } from './finding-view';
import { SeverityIcon } from './SeverityIcon';

export interface FindingDetailsProps {
  view: FindingView;
  /** Shown when the finding has a fix and the caller can apply it. */
  onFix?: (view: FindingView) => void;
  /** Heading level for the category line, so the details nest correctly in any page outline. */
  level?: 2 | 3 | 4;
  /** Quote the clause in full (a list quotes each clause once and refers back to it after that). */
  quoteClause?: boolean;
  /** Further controls after the fix (the popup's "Not a problem"). */
  actions?: (view: FindingView) => ComponentChildren;
}

export function FindingDetails({ view, onFix, level = 3, quoteClause = true, actions }: FindingDetailsProps) {
  const { finding, excerpt, clause } = view;
  const Heading = `h${level}` as 'h3';
  const headingId = `pf-finding-${view.key}`;
  return (
    <article
      class={`pf-finding pf-finding--${finding.severity}`}
      aria-labelledby={headingId}
      // What was found, in machine-readable form (tests compare it with the CLI).
      data-category={finding.category}
      data-rule={finding.rule}
      data-clause={finding.clause}
      data-severity={finding.severity}
      data-start={finding.start}
      data-end={finding.end}
    >
      <Heading id={headingId} class="pf-finding__head">
        <span class="pf-severity">
          <SeverityIcon severity={finding.severity} /> {t(`severity.${finding.severity}`)}:
        </span>{' '}
        {t(`category.${finding.category}`)}
      </Heading>
      <p class="pf-finding__message">{findingMessage(finding)}</p>
      {excerpt && (
        <p class="pf-finding__excerpt">
          {t('finding.flagged')}: <q>{excerpt}</q>
        </p>
      )}
      {clause && !quoteClause && <p class="pf-finding__clause-ref">{t('finding.clauseAbove', { id: clause.id })}</p>}
      {clause && quoteClause && (
        <figure class="pf-finding__clause">
          <figcaption>
            {t('finding.policy')}
            {clause.section ? `, ${clause.section}` : ''} ({t('finding.clause', { id: clause.id })})
          </figcaption>
          <blockquote lang={clause.language}>{clause.text}</blockquote>
        </figure>
      )}
      {finding.fix && onFix && (
        <button type="button" class="pf-button pf-finding__fix" onClick={() => onFix(view)}>
          {fixLabel(finding.fix)}
        </button>
      )}
      {actions?.(view)}
    </article>
  );
}
