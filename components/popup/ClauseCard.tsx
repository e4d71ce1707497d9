/** One policy clause: what it means, the District's exact words, what to do, and where it sits. */

import { memo } from 'preact/compat';
import { t } from '@/lib/i18n';
import type { ClauseWithSection } from '@/lib/policy';

interface ClauseCardProps {
  clause: ClauseWithSection;
  /** Language of the policy document (its text is not translated). */
  policyLanguage: string;
  headingLevel?: 2 | 3;
}

/** Memoized: while typing, cards that stay in the results are not re-rendered (one frame per keystroke). */
export const ClauseCard = memo(function ClauseCard({ clause, policyLanguage, headingLevel = 2 }: ClauseCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `clause-${clause.id}`;
  return (
    <article class="clause" data-clause-id={clause.id} aria-labelledby={headingId}>
      <Heading id={headingId} class="clause-title" lang={policyLanguage}>
        {clause.explanation}
      </Heading>
      <blockquote class="clause-text" lang={policyLanguage}>
        {clause.text}
      </blockquote>
      <p class="clause-action">
        <strong>{t('clause.whatToDo')}</strong> <span lang={policyLanguage}>{clause.action}</span>
      </p>
      <p class="clause-meta">
        {t('clause.section')} <span lang={policyLanguage}>{clause.section.title}</span> · <code>{clause.id}</code>
      </p>
    </article>
  );
});
