/**
 * The review dialog shown when a post with findings is submitted: a real modal <dialog> (focus trapped,
 * Escape means Edit), the findings with their clauses and fixes, and the three choices. "Post anyway"
 * needs what the District's settings ask for (an acknowledgement or a written reason) and is not offered
 * when settings do not allow it. A photo of people asks for the release-form confirmation (required on
 * District accounts, a warning on personal ones); photos still being checked can be waited for (the post
 * goes out by itself if nothing is found) or posted without waiting; photos that could not be checked
 * are noted and never hold the post.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, tn } from '../lib/i18n';
import { FindingList } from './FindingList';
import type { FindingView } from './finding-view';
import { trapTab } from './focus-trap';
import { PhotoNotes } from './PhotoNotes';

export type OverrideNeed = 'none' | 'acknowledge' | 'reason' | 'not-allowed';
export interface PhotoProgress {
  index: number;
  total: number;
}
export const MIN_REASON_LENGTH = 8;

export interface ReviewDialogProps {
  views: readonly FindingView[];
  identity: string;
  need: OverrideNeed;
  office: string;
  notice?: string;
  busy?: boolean;
  onEdit: () => void;
  onPostAnyway: (reason?: string) => void;
  onNotAProblem: (reason?: string) => void;
  onFix: (view: FindingView) => void;
  /** Everything was fixed: post the fixed text. */
  onPost: () => void;
  /** A photo shows people: "Release forms are on file…", required before Post anyway on District accounts. */
  release?: 'required' | 'optional';
  /** Attached photos still being checked. */
  waiting?: PhotoProgress;
  /** Photos that could not be checked (never a reason to hold the post). */
  notes?: readonly string[];
  /** Post while photos are still being checked. */
  onPostNow?: () => void;
}

export function ReviewDialog(props: ReviewDialogProps) {
  const { views, identity, need, office, notice, busy, release, waiting } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const closing = useRef(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const [reason, setReason] = useState('');
  const [released, setReleased] = useState(false);
  const onEdit = useRef(props.onEdit);
  onEdit.current = props.onEdit;

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onEdit.current();
    };
    // A close we did not ask for (the browser's close watcher) also means Edit: never post by accident.
    const onClose = () => {
      if (!closing.current) onEdit.current();
    };
    element.addEventListener('cancel', onCancel);
    element.addEventListener('close', onClose);
    return () => {
      element.removeEventListener('cancel', onCancel);
      element.removeEventListener('close', onClose);
      closing.current = true;
      if (element.open) element.close();
    };
  }, []);

  const reasonOk = reason.trim().length >= MIN_REASON_LENGTH;
  const releaseOk = release !== 'required' || released;
  const canOverride =
    releaseOk && (need === 'none' || (need === 'acknowledge' && acknowledged) || (need === 'reason' && reasonOk));
  const count = views.length;
  const settled = count === 0;
  const intro = settled ? (waiting ? t('composer.review.waitingIntro') : t('composer.review.allFixed')) : null;
  return (
    <dialog
      ref={dialog}
      // biome-ignore lint/a11y/noRedundantRoles: pages and tests look for [role="dialog"]; <dialog> alone has no such attribute.
      role="dialog"
      class="pf-review"
      aria-labelledby="pf-review-title"
      aria-describedby="pf-review-intro"
      onKeyDown={(event) => trapTab(event, event.currentTarget)}
    >
      <h2 id="pf-review-title">{t('composer.review.title')}</h2>
      <p class="pf-identity">{identity}</p>
      {/* Scrollable, so it must be reachable from the keyboard even when no finding offers a fix. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region needs a tab stop (axe scrollable-region-focusable). */}
      <section class="pf-review__body" tabIndex={0} aria-labelledby="pf-review-intro">
        <p id="pf-review-intro">{intro ?? tn('composer.review.intro', count)}</p>
        {waiting && (
          <p class="pf-notice" role="status">
            {t('composer.review.waiting', { index: waiting.index, total: waiting.total })}
          </p>
        )}
        {count > 0 && <FindingList views={views} onFix={busy ? undefined : props.onFix} level={3} />}
        <PhotoNotes notes={props.notes} />
      </section>
      {release && (
        <div class="pf-check">
          <label>
            <input
              type="checkbox"
              checked={released}
              aria-describedby="pf-release-hint"
              onChange={(e) => setReleased(e.currentTarget.checked)}
            />{' '}
            {t('composer.review.release')}
          </label>
          <p id="pf-release-hint" class="pf-hint">
            {t(release === 'required' ? 'composer.review.releaseRequired' : 'composer.review.releaseOptional')}
          </p>
        </div>
      )}
      {need === 'acknowledge' && !settled && (
        <label class="pf-check">
          <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.currentTarget.checked)} />{' '}
          {t('composer.review.acknowledge')}
        </label>
      )}
      {need === 'reason' && !settled && (
        <div class="pf-reason">
          <label for="pf-reason">{t('composer.review.reasonLabel')}</label>
          <textarea
            id="pf-reason"
            aria-describedby="pf-reason-hint"
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
          <p id="pf-reason-hint" class="pf-hint">
            {t('composer.review.reasonHint')}
          </p>
        </div>
      )}
      {need === 'not-allowed' && !settled && <p class="pf-notice">{t('composer.review.notAllowed', { office })}</p>}
      {notice && (
        <p class="pf-notice" role="status">
          {notice}
        </p>
      )}
      <div class="pf-actions">
        {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when the dialog opens. */}
        <button type="button" class="pf-button pf-button--primary" autoFocus onClick={props.onEdit}>
          {t('composer.review.edit')}
        </button>
        {settled && waiting ? (
          <button type="button" class="pf-button" disabled={busy} onClick={props.onPostNow}>
            {t('composer.review.postNow')}
          </button>
        ) : settled ? (
          <button type="button" class="pf-button" disabled={busy} onClick={props.onPost}>
            {t('composer.review.post')}
          </button>
        ) : (
          <>
            {need !== 'not-allowed' && (
              <button
                type="button"
                class="pf-button"
                disabled={!canOverride || busy}
                onClick={() => props.onPostAnyway(need === 'reason' ? reason.trim() : undefined)}
              >
                {t('composer.review.postAnyway')}
              </button>
            )}
            <button
              type="button"
              class="pf-button"
              disabled={busy}
              onClick={() => props.onNotAProblem(need === 'reason' && reasonOk ? reason.trim() : undefined)}
            >
              {t('composer.review.notAProblem')}
            </button>
          </>
        )}
      </div>
    </dialog>
  );
}
