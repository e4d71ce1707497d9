/**
 * The card shown when a mark is hovered or the caret enters it, or the badge is activated: who is
 * posting, then each finding with its clause and fix. A non-modal dialog; Escape closes it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../lib/i18n';
import { FindingList } from './FindingList';
import type { FindingView } from './finding-view';
import { PhotoNotes } from './PhotoNotes';

export interface FindingCardProps {
  views: readonly FindingView[];
  identity: string;
  left: number;
  top: number;
  /** Move focus into the card (it was opened from the keyboard, through the badge). */
  takeFocus: boolean;
  /** Attached photos: the one being checked, and notes on those that could not be checked. */
  checking?: { index: number; total: number };
  notes?: readonly string[];
  onFix: (view: FindingView) => void;
  onClose: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

export function FindingCard(props: FindingCardProps) {
  const { views, identity, left, top, takeFocus, onFix, onClose } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby="pf-card-title"
      class="pf-card"
      style={{ left: `${left}px`, top: `${top}px` }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <div class="pf-card__bar">
        <h2 id="pf-card-title" class="pf-card__title" tabIndex={-1} ref={heading}>
          {t('composer.card.title')}
        </h2>
        <button type="button" class="pf-icon-button" aria-label={t('composer.card.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p class="pf-identity">{identity}</p>
      {props.checking && <p class="pf-progress">{t('composer.card.checking', { ...props.checking })}</p>}
      {views.length ? <FindingList views={views} onFix={onFix} level={3} /> : <p>{t('composer.card.empty')}</p>}
      <PhotoNotes notes={props.notes} />
    </div>
  );
}
