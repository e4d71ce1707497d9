/**
 * Everything Preflight draws on a site page, rendered into its own shadow root: marks (when the CSS
 * Custom Highlight API cannot be used, e.g. over a textarea), the badge, the card, the review dialog and
 * a polite live region that announces findings to screen readers.
 */
import type { Severity } from '../lib/checker/types';
import { ComposerBadge } from './ComposerBadge';
import { FindingCard } from './FindingCard';
import type { FindingView } from './finding-view';
import { type PhotoProgress, ReviewDialog, type ReviewDialogProps } from './ReviewDialog';

export interface MarkBox {
  key: string;
  severity: Severity;
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface OverlayModel {
  marks: readonly MarkBox[];
  badge: {
    count: number;
    worst?: Severity;
    left: number;
    top: number;
    checking?: PhotoProgress;
    unchecked?: number;
    checked?: number;
  } | null;
  card: {
    views: readonly FindingView[];
    identity: string;
    left: number;
    top: number;
    takeFocus: boolean;
    checking?: PhotoProgress;
    notes?: readonly string[];
  } | null;
  review: Pick<
    ReviewDialogProps,
    'views' | 'identity' | 'need' | 'office' | 'notice' | 'busy' | 'release' | 'waiting' | 'notes'
  > | null;
  announcement: string;
}

export interface OverlayHandlers
  extends Pick<ReviewDialogProps, 'onEdit' | 'onPostAnyway' | 'onNotAProblem' | 'onPost' | 'onPostNow'> {
  onBadge: () => void;
  onCardClose: () => void;
  onCardPointer: (inside: boolean) => void;
  onFix: (view: FindingView) => void;
  badgeRef: (element: HTMLButtonElement | null) => void;
}

export function ComposerOverlay({ model, handlers }: { model: OverlayModel; handlers: OverlayHandlers }) {
  const { marks, badge, card, review } = model;
  return (
    <div class="pf-layer">
      {marks.map((mark) => (
        <div
          key={mark.key}
          class={`pf-mark pf-mark--${mark.severity}`}
          style={{ left: `${mark.left}px`, top: `${mark.top}px`, width: `${mark.width}px`, height: `${mark.height}px` }}
        />
      ))}
      {badge && (
        <ComposerBadge
          count={badge.count}
          worst={badge.worst}
          left={badge.left}
          top={badge.top}
          checking={badge.checking}
          unchecked={badge.unchecked}
          checked={badge.checked}
          expanded={!!card}
          onActivate={handlers.onBadge}
          buttonRef={handlers.badgeRef}
        />
      )}
      {card && (
        <FindingCard
          {...card}
          onFix={handlers.onFix}
          onClose={handlers.onCardClose}
          onPointerEnter={() => handlers.onCardPointer(true)}
          onPointerLeave={() => handlers.onCardPointer(false)}
        />
      )}
      {review && (
        <ReviewDialog
          {...review}
          onEdit={handlers.onEdit}
          onPostAnyway={handlers.onPostAnyway}
          onNotAProblem={handlers.onNotAProblem}
          onFix={handlers.onFix}
          onPost={handlers.onPost}
          onPostNow={handlers.onPostNow}
        />
      )}
      <div class="pf-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {model.announcement}
      </div>
    </div>
  );
}
