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
  expanded: boolean;
  onActivate: () => void;
  buttonRef?: (element: HTMLButtonElement | null) => void;
}

export function badgeLabel(count: number, worst?: Severity): string {
  if (count === 0 || !worst) return t('composer.badge.none');
  const severity = t(`severity.${worst}`);
  return tn('composer.badge', count, { severity });
}

export function ComposerBadge({ count, worst, left, top, expanded, onActivate, buttonRef }: ComposerBadgeProps) {
  return (
    <button
      type="button"
      ref={buttonRef}
      class={`pf-badge pf-badge--${count && worst ? worst : 'clear'}`}
      style={{ left: `${left}px`, top: `${top}px` }}
      aria-label={badgeLabel(count, worst)}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      onClick={onActivate}
    >
      {count && worst ? (
        <span aria-hidden="true" class="pf-badge__content">
          <SeverityIcon severity={worst} /> {count}
        </span>
      ) : (
        <span aria-hidden="true">✓</span>
      )}
    </button>
  );
}
