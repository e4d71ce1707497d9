/** The small badge beside a composer: count and worst severity (icon, number and accessible text). */
import type { Severity } from '../lib/checker/types';
import { t, tn } from '../lib/i18n';
import { SeverityIcon } from './SeverityIcon';

export interface ComposerBadgeProps {
  count: number;
  worst?: Severity;
  /** Viewport position of the badge's top-left corner. */
  left: number;
  top: number;
  /** Attached photos being checked ("2/3" on the badge, "checking photo 2 of 3" in its name). */
  checking?: { index: number; total: number };
  /** Photos that could not be checked, and photos checked. */
  unchecked?: number;
  checked?: number;
  expanded: boolean;
  onActivate: () => void;
  buttonRef?: (element: HTMLButtonElement | null) => void;
}

export function badgeLabel(
  count: number,
  worst?: Severity,
  checking?: ComposerBadgeProps['checking'],
  unchecked = 0,
  checked = 0,
): string {
  const severity = worst && t(`severity.${worst}`);
  let label = t('composer.badge.none');
  if (checking) label = t('composer.badge.checking', { ...checking });
  else if (count > 0 && severity) label = tn('composer.badge', count, { severity });
  if (checked > 0 && !checking) label = `${label}. ${tn('composer.badge.checked', checked)}`;
  return unchecked > 0 ? `${label}. ${tn('composer.badge.unchecked', unchecked)}` : label;
}

export function ComposerBadge(props: ComposerBadgeProps) {
  const { count, worst, left, top, expanded, onActivate, buttonRef, checking, unchecked, checked } = props;
  const tone = checking ? 'checking' : count && worst ? worst : 'clear';
  return (
    <button
      type="button"
      ref={buttonRef}
      class={`pf-badge pf-badge--${tone}`}
      style={{ left: `${left}px`, top: `${top}px` }}
      aria-label={badgeLabel(count, worst, checking, unchecked, checked)}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      onClick={onActivate}
    >
      {checking ? (
        <span aria-hidden="true" class="pf-badge__content">
          {checking.index}/{checking.total}
        </span>
      ) : count && worst ? (
        <span aria-hidden="true" class="pf-badge__content">
          <SeverityIcon severity={worst} /> {count}
        </span>
      ) : (
        <span aria-hidden="true">✓</span>
      )}
    </button>
  );
}
