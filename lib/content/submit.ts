/**
 * Holding a submit: the Post/Reply/Send click, the keyboard submit of each surface and Enter/Space on a
 * focused role=button are caught at window capture (before the site's React handlers), checked, and
 * cancelled only when something needs review. After the employee decides, the control is re-found and
 * exactly one submit goes through.
 */
import type { FindingView } from '../../components/finding-view';
import type { Finding } from '../checker/types';
import { applyReplacement, type EditorText, rangeFor, readEditor } from '../editors';
import { t } from '../i18n';
import type { DecisionLogEntry } from '../log';
import {
  editableRoot,
  isDisabled,
  isNativeButton,
  keySubmits,
  recognise,
  type SubmitTarget,
  submitTargetForEditor,
  submitTargetFromPath,
} from '../sites/match';
import type { ComposerGuard } from './guard';
import type { Identity } from './identity';
import { identityLine } from './identity';
import { cancel } from './listen';
import { type Resubmission, Resubmitter } from './resubmit';
import { decisionEntry, dismissPosts, holdingFindings, overrideNeed, reviewNeeds } from './review';
import { currentText, dismissalKey, findingViews, type Session } from './session';

interface HeldItem {
  session: Session;
  text: EditorText;
  findings: Finding[];
}

export interface Held extends Resubmission {
  returnFocus: Element | null;
  identity: Identity;
  items: HeldItem[];
  notice?: string;
  busy: boolean;
  /** Held (also) because attached photos were still being checked. */
  waiting: boolean;
}

export class SubmitGuard {
  held: Held | null = null;
  private readonly resubmitter = new Resubmitter();
  private swallowKeyup: EventTarget | null = null;
  /** The text (and photos) each editor held when the employee last chose to post it (memory only, never stored). */
  private readonly approved = new WeakMap<HTMLElement, string>();

  constructor(private readonly guard: ComposerGuard) {}

  onClick(event: MouseEvent): void {
    if (this.guard.ui.owns(event)) return;
    const target = submitTargetFromPath(this.guard.site, event.composedPath());
    if (!target?.control || this.resubmitter.passes(event, target.control) || isDisabled(target.control)) return;
    this.intercept(event, target, 'click');
  }

  onKeyDown(event: KeyboardEvent): void {
    if ((event.key !== 'Enter' && event.key !== ' ') || this.resubmitter.passes(event)) return;
    const editor = editableRoot(event.target);
    if (editor) {
      const spec = recognise(this.guard.site, editor);
      if (spec && keySubmits(spec, event)) {
        const key = {
          key: 'Enter',
          code: 'Enter',
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          bubbles: true,
          cancelable: true,
        };
        this.intercept(event, submitTargetForEditor(this.guard.site, editor, spec), 'key', key);
      }
      return;
    }
    const element = event.target as Element | null;
    if (!element || isNativeButton(element)) return;
    const target = submitTargetFromPath(this.guard.site, event.composedPath());
    if (!target?.control || isDisabled(target.control)) return;
    if (this.intercept(event, target, 'click') && event.key === ' ') this.swallowKeyup = target.control;
  }

  /** A held Space on a role=button would still activate it on keyup. */
  onKeyUp(event: KeyboardEvent): void {
    if (this.swallowKeyup && event.key === ' ' && event.composedPath().includes(this.swallowKeyup)) cancel(event);
    this.swallowKeyup = null;
  }

  /** Check what is about to be submitted; hold it (returning true) only when something needs review. */
  private intercept(event: Event, target: SubmitTarget, trigger: Held['trigger'], key?: KeyboardEventInit): boolean {
    if (this.held) {
      cancel(event);
      return true;
    }
    const identity = this.guard.identity(target.editors[0] ?? null);
    const items = this.evaluate(target.editors);
    const waiting = this.guard.images.progress(target.editors);
    const holds = items.some((item) => holdingFindings(item.findings).length);
    if (!holds && !waiting) {
      this.guard.images.posted(target.editors);
      return false;
    }
    // Already decided for exactly this text and these photos (a Page's Next, then Post): one review per decision.
    if (items.every((item) => this.approved.get(item.session.editor) === this.approval(item))) return false;
    cancel(event);
    this.held = {
      ...target,
      trigger,
      key,
      returnFocus: this.guard.doc.activeElement,
      identity,
      items,
      busy: false,
      waiting: !!waiting,
    };
    this.guard.card.close(false);
    this.showReview();
    const count = items.reduce((sum, item) => sum + holdingFindings(item.findings).length, 0);
    this.guard.say(
      holds || !waiting ? t('composer.announce.held', { count }) : t('composer.announce.waiting', { ...waiting }),
    );
    return true;
  }

  private approval(item: HeldItem): string {
    return `${item.text.text}\u0000${this.guard.images.keys([item.session.editor])}`;
  }

  /**
   * A photo check finished (or photos were added or removed) while a post is held: show what was found. If
   * the post was held only to wait for the photos and nothing needs review, it goes out (exactly once).
   */
  imagesChanged(): void {
    const held = this.held;
    if (!held || held.busy) return;
    held.items = this.evaluate(held.editors);
    const waiting = this.guard.images.progress(held.editors);
    if (held.waiting && !waiting && !this.holding().length) {
      this.release();
      this.guard.say(t('composer.announce.checked'));
      return;
    }
    held.waiting = !!waiting;
    this.showReview();
  }

  /** Post while photos are still being checked (the employee chose not to wait). */
  postNow(): void {
    this.log('override');
    this.release();
  }

  /** Read and check every editor being submitted (fresh identity, fresh text), updating marks too. */
  private evaluate(editors: HTMLElement[]): HeldItem[] {
    return editors.map((editor) => {
      const session = this.guard.sessionFor(editor);
      const text = currentText(session);
      return { session, text, findings: this.guard.checkNow(session, text) };
    });
  }

  private holding(): { item: HeldItem; finding: Finding }[] {
    return (this.held?.items ?? []).flatMap((item) =>
      holdingFindings(item.findings).map((finding) => ({ item, finding })),
    );
  }

  private showReview(): void {
    const held = this.held;
    if (!held) return;
    const settings = this.guard.settings();
    const views = held.items.flatMap((item, index) =>
      findingViews(holdingFindings(item.findings), item.text.text, settings, `${index}:`),
    );
    const { need, release } = reviewNeeds(
      this.holding().map((h) => h.finding),
      settings,
      held.identity.district,
    );
    this.guard.ui.review = {
      views,
      identity: identityLine(held.identity),
      need: views.length ? need : 'none',
      office: settings.contact.office,
      notice: held.notice,
      busy: held.busy,
      release,
      waiting: this.guard.images.progress(held.editors) ?? undefined,
      notes: this.guard.images.notes(held.editors),
    };
    this.guard.ui.render();
  }

  private closeReview(): Held | null {
    const held = this.held;
    this.held = null;
    this.guard.ui.review = null;
    this.guard.ui.render();
    return held;
  }

  private log(kind: DecisionLogEntry['kind'], reason?: string): void {
    const held = this.held;
    const findings = this.holding().map((h) => h.finding);
    // Held only while photos were checked: no finding, nothing to record.
    if (!held || !findings.length) return;
    const account = held.identity.district ? 'district' : 'personal';
    this.guard.options
      .log(decisionEntry(kind, this.guard.site.platform, account, findings, reason))
      .catch(() => undefined);
  }

  edit(): void {
    const first = this.holding()[0];
    this.log('edit');
    const held = this.closeReview();
    const editor = first?.item.session.editor ?? held?.editors[0];
    if (!editor?.isConnected) return;
    editor.focus({ preventScroll: false });
    const offset = first?.finding.start ?? 0;
    if (editor instanceof HTMLTextAreaElement) {
      editor.setSelectionRange(offset, offset);
      return;
    }
    const range = first && rangeFor(first.item.text, offset, offset);
    const selection = this.guard.doc.getSelection();
    if (range && selection) {
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  postAnyway(reason?: string): void {
    this.log('override', reason);
    this.release();
  }

  notAProblem(reason?: string): void {
    const held = this.held;
    if (!held) return;
    this.log('false-positive', reason);
    const findings = this.holding().map((h) => h.finding);
    const need = overrideNeed(findings, this.guard.settings());
    // On a District account a photo of people needs the release-form confirmation: a report does not replace it.
    const release = reviewNeeds(findings, this.guard.settings(), held.identity.district).release;
    if (dismissPosts(need, reason) && release !== 'required') {
      // Only a report that lets the post through also stops the same finding coming back on this page;
      // otherwise "Not a problem" would be a way round a District rule.
      for (const { item, finding } of this.holding()) this.guard.dismissed.add(dismissalKey(finding, item.text.text));
      this.release();
      return;
    }
    held.notice = t('composer.review.reportedHeld');
    this.showReview();
  }

  post(): void {
    this.release();
  }

  async fix(view: FindingView): Promise<void> {
    const held = this.held;
    if (!held || held.busy || !view.finding.fix) return;
    const item = held.items[Number(view.key.split(':')[0])];
    if (!item) return;
    held.busy = true;
    this.guard.ui.review = null;
    this.guard.ui.render();
    const ok = await this.applyFix(item.session, view.finding);
    held.items = this.evaluate(held.editors);
    held.busy = false;
    held.notice = ok ? undefined : t('composer.review.fixFailed');
    if (this.held === held) this.showReview();
    if (ok) this.guard.say(t('composer.announce.fixed'));
  }

  applyFix(session: Session, finding: Finding): Promise<boolean> {
    const { editor, kind } = session;
    const target = { editor, read: () => readEditor(editor, kind), range: rangeFor };
    return applyReplacement(target, finding.start, finding.end, finding.fix?.replacement ?? '');
  }

  /** Let exactly one submit through, on the control as it is now (sites re-create it). */
  private release(): void {
    const held = this.closeReview();
    if (!held) return;
    for (const item of held.items) {
      this.approved.set(item.session.editor, this.approval({ ...item, text: currentText(item.session) }));
    }
    this.guard.images.posted(held.editors);
    if (held.returnFocus instanceof HTMLElement && held.returnFocus.isConnected) held.returnFocus.focus();
    if (!this.resubmitter.submit(held)) this.guard.say(t('composer.review.controlGone'));
  }
}
