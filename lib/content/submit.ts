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
import { type Resubmission, Resubmitter } from './resubmit';
import { decisionEntry, dismissPosts, holdingFindings, overrideNeed } from './review';
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
}

function cancel(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export class SubmitGuard {
  held: Held | null = null;
  private readonly resubmitter = new Resubmitter();
  private swallowKeyup: EventTarget | null = null;
  /** The text each editor held when the employee last chose to post it (memory only, never stored). */
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
    if (!items.some((item) => holdingFindings(item.findings).length)) return false;
    // Already decided for exactly this text (a Page's Next, then Post): one review per decision.
    if (items.every((item) => this.approved.get(item.session.editor) === item.text.text)) return false;
    cancel(event);
    this.held = {
      ...target,
      trigger,
      key,
      returnFocus: this.guard.doc.activeElement,
      identity,
      items,
      busy: false,
    };
    this.guard.card.close(false);
    this.showReview();
    const count = items.reduce((sum, item) => sum + holdingFindings(item.findings).length, 0);
    this.guard.say(t('composer.announce.held', { count }));
    return true;
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
    this.guard.ui.review = {
      views,
      identity: identityLine(held.identity),
      need: views.length
        ? overrideNeed(
            this.holding().map((h) => h.finding),
            settings,
          )
        : 'none',
      office: settings.contact.office,
      notice: held.notice,
      busy: held.busy,
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
    if (!held) return;
    const account = held.identity.district ? 'district' : 'personal';
    const findings = this.holding().map((h) => h.finding);
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
    const need = overrideNeed(
      this.holding().map((h) => h.finding),
      this.guard.settings(),
    );
    if (dismissPosts(need, reason)) {
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
    for (const { session } of held.items) this.approved.set(session.editor, currentText(session).text);
    if (held.returnFocus instanceof HTMLElement && held.returnFocus.isConnected) held.returnFocus.focus();
    if (!this.resubmitter.submit(held)) this.guard.say(t('composer.review.controlGone'));
  }
}
