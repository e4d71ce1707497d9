/**
 * The composer guard on one page: follows the editor being written in, checks it when the employee
 * pauses, marks spans, keeps the badge and card current, and hands submits to `SubmitGuard`. Every
 * listener is registered once, on window/document in the capture phase at document_start; elements are
 * never bound individually (the sites re-create them), so nothing grows over a long session.
 */
import type { FindingView } from '../../components/finding-view';
import { warmUp } from '../checker';
import type { Finding } from '../checker/types';
import { readEditor } from '../editors';
import { t } from '../i18n';
import type { DecisionLogEntry } from '../log';
import type { TabStatus } from '../messaging';
import type { Settings } from '../settings/schema';
import { editableRoot, hasComposer, recognise } from '../sites/match';
import type { SiteSpec } from '../sites/types';
import { announcementFor } from './announce';
import { ImageChecks } from './attachments';
import { CardController } from './card';
import { type Identity, IdentityReader, identityLine } from './identity';
import { Listeners, whenIdle } from './listen';
import { MarkPainter } from './marks';
import { EditorObservers } from './observers';
import { paintSession } from './paint';
import { createSession, findingViews, runCheck, type Session } from './session';
import { currentSettings, followSettings } from './settings';
import { StatusReporter, tabStatus } from './status';
import { SubmitGuard } from './submit';
import { Ui } from './ui';

export interface GuardOptions {
  send: (status: TabStatus) => Promise<unknown>;
  log: (entry: DecisionLogEntry) => Promise<void>;
  /** Pause after the last keystroke before checking. */
  debounceMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 300;
const SCAN_MS = 500;
/** Milliseconds of checker warm-up per idle callback: short enough never to delay typing. */
const WARM_UP_SLICE_MS = 8;

export class ComposerGuard {
  readonly sessions = new Map<HTMLElement, Session>();
  readonly dismissed = new Set<string>();
  readonly painter: MarkPainter;
  readonly ui: Ui;
  readonly card: CardController;
  readonly submit: SubmitGuard;
  readonly images: ImageChecks;
  active: Session | null = null;
  private readonly identities: IdentityReader;
  private readonly status: StatusReporter;
  private failure: string | null = null;
  private readonly observers: EditorObservers;
  private lastAnnounced = '';
  private composerSeen = false;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private warmed = false;
  private readonly listeners = new Listeners((run) => this.safely(run));

  constructor(
    readonly site: SiteSpec,
    readonly doc: Document,
    readonly options: GuardOptions,
  ) {
    this.identities = new IdentityReader(site, doc);
    this.status = new StatusReporter(options.send);
    this.painter = new MarkPainter(doc);
    this.submit = new SubmitGuard(this);
    this.card = new CardController(this);
    this.images = new ImageChecks(this);
    this.observers = new EditorObservers(
      doc,
      () => this.safely(() => this.active?.editor.isConnected && this.touch(this.active, false)),
      () =>
        this.safely(() => {
          this.prune();
          if (!this.active) this.scanSoon();
          this.images.onPageChange();
        }),
    );
    this.ui = new Ui(
      doc,
      this.painter,
      {
        onBadge: () => this.safely(() => this.card.toggleFromBadge()),
        onCardClose: () => this.card.close(true),
        onCardPointer: (inside) => this.card.pointerInCard(inside),
        onFix: (view) => this.safely(() => this.fix(view)),
        onEdit: () => this.safely(() => this.submit.edit()),
        onPostAnyway: (reason) => this.safely(() => this.submit.postAnyway(reason)),
        onNotAProblem: (reason) => this.safely(() => this.submit.notAProblem(reason)),
        onPost: () => this.safely(() => this.submit.post()),
        onPostNow: () => this.safely(() => this.submit.postNow()),
      },
      {
        views: (session, findings) => findingViews(findings, session.checked?.text ?? '', this.settings()),
        identityLine: (session) => identityLine(this.identity(session.editor)),
        photos: (session) => this.images.status([session.editor]),
      },
    );
  }

  settings(): Settings {
    return currentSettings();
  }

  identity(editor: Element | null): Identity {
    return this.identities.read(this.settings(), editor);
  }

  start(): () => void {
    const win = this.doc.defaultView as Window;
    const { listeners } = this;
    const capture = { capture: true };
    const passive = { capture: true, passive: true };
    listeners.on(win, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), capture);
    listeners.on(win, 'keyup', (e) => this.submit.onKeyUp(e as KeyboardEvent), capture);
    listeners.on(win, 'click', (e) => this.submit.onClick(e as MouseEvent), capture);
    listeners.on(win, 'focusin', (e) => this.onFocusIn(e), passive);
    listeners.on(win, 'input', (e) => this.onInput(e), passive);
    listeners.on(win, 'mousemove', (e) => this.card.onPointerMove(e as MouseEvent), passive);
    listeners.on(win, 'scroll', () => this.ui.schedule(), passive);
    listeners.on(win, 'resize', () => this.ui.schedule(), passive);
    listeners.on(this.doc, 'selectionchange', () => this.card.onSelectionChange(), passive);
    listeners.add(followSettings(() => this.safely(() => this.recheckAll())));
    this.images.start(listeners);
    this.observers.trackPage();
    this.scanSoon();
    this.reportStatus();
    return () => this.stop();
  }

  stop(): void {
    this.listeners.removeAll();
    clearTimeout(this.scanTimer);
    for (const session of this.sessions.values()) clearTimeout(session.timer);
    this.sessions.clear();
    this.images.stop();
    this.observers.stop();
    this.painter.clearAll();
    this.ui.destroy();
  }

  /** Run a handler; any internal error lets the page carry on and turns the toolbar badge to "not active". */
  safely(run: () => unknown): void {
    try {
      const result = run();
      if (result instanceof Promise) result.catch(() => this.fail());
    } catch {
      this.fail();
    }
  }

  private fail(): void {
    this.failure = t('status.error');
    this.reportStatus();
  }

  /** The session of an editor; its surface is recognised again only when asked (on focus), not per keystroke. */
  sessionFor(editor: HTMLElement, recheck = false): Session {
    let session = this.sessions.get(editor);
    if (session && !recheck) return session;
    const spec = recognise(this.site, editor);
    if (!session || session.spec !== spec) {
      session = createSession(editor, spec);
      this.sessions.set(editor, session);
    }
    return session;
  }

  activate(session: Session): void {
    if (this.active === session) return;
    this.active = session;
    this.observers.watchEditor(session.editor);
    this.ui.badgeSession = session;
    this.reportStatus();
    this.ui.schedule();
  }

  private onFocusIn(event: Event): void {
    if (this.ui.owns(event)) return;
    const editor = editableRoot(event.target);
    if (!editor) return;
    const session = this.sessionFor(editor, true);
    this.activate(session);
    this.warmUp();
    if (!session.checked && session.snapshot.text.trim()) this.scheduleCheck(session, 0);
  }

  /**
   * The checker's first run is its slowest (its set-up and pattern expressions are built on first use), so
   * that work is done in short idle slices when a composer first takes focus, not on every page load.
   */
  private warmUp(): void {
    if (this.warmed) return;
    this.warmed = true;
    // warmUp never throws; it returns true once everything is built.
    const next = (): void => whenIdle(this.doc.defaultView, () => warmUp(WARM_UP_SLICE_MS) || next());
    next();
  }

  private onInput(event: Event): void {
    if (this.ui.owns(event)) return;
    const editor = editableRoot(event.target);
    if (!editor) return;
    const session = this.sessionFor(editor);
    // Contenteditable changes already reach `touch` through the watcher once the editor is active.
    const watched = this.active === session && !(editor instanceof HTMLTextAreaElement);
    this.activate(session);
    if (!watched) this.touch(session, true);
  }

  /**
   * The editor changed: keep the snapshot and check after the pause. Draft.js and Lexical often apply
   * typing, paste and their own edits without a native `input` event, so DOM changes in the active
   * editor count too; those never replace a snapshot with an emptied box (the site clearing on submit).
   */
  private touch(session: Session, fromInput: boolean): void {
    const text = readEditor(session.editor, session.kind);
    if (fromInput || text.text.trim()) session.snapshot = text;
    this.scheduleCheck(session, this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing || event.keyCode === 229 || this.ui.owns(event)) return;
    if (event.key === 'Escape' && this.card.closeFromEditor()) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    this.submit.onKeyDown(event);
  }

  scheduleCheck(session: Session, delay: number): void {
    clearTimeout(session.timer);
    session.timer = setTimeout(() => this.safely(() => this.checkNow(session)), delay);
  }

  /** Check one editor now and bring marks, badge, card, announcements and the toolbar up to date. */
  checkNow(session: Session, text = readEditor(session.editor, session.kind)): Finding[] {
    clearTimeout(session.timer);
    if (!session.editor.isConnected) return [];
    session.snapshot = text;
    const identity = this.identity(session.editor);
    const findings = runCheck(this.site, session, text.text, identity, this.settings(), this.dismissed);
    findings.push(...this.images.findings(session, identity));
    session.checked = { text: text.text, findings };
    paintSession(this, session);
    this.card.refresh(session);
    if (session === this.active) this.announce(findings);
    this.reportStatus();
    this.ui.render();
    return findings;
  }

  private recheckAll(): void {
    for (const session of this.sessions.values()) if (session.checked) this.checkNow(session);
  }

  private announce(findings: readonly Finding[]): void {
    const message = announcementFor(findings);
    if (message === this.lastAnnounced) return;
    this.lastAnnounced = message;
    this.ui.announcement = message;
  }

  say(message: string): void {
    this.lastAnnounced = message;
    this.ui.announcement = message;
    this.ui.render();
  }

  /** Apply a fix from the card or the review dialog through real editing input. */
  private async fix(view: FindingView): Promise<void> {
    if (this.submit.held) return this.submit.fix(view);
    const session = this.card.session();
    if (!session) return;
    this.card.close(false);
    await this.submit.applyFix(session, view.finding);
    this.checkNow(session);
    this.say(t('composer.announce.fixed'));
  }

  reportStatus(): void {
    const session = this.active;
    const identity = session ? this.identity(session.editor) : undefined;
    const status = tabStatus(this.site.platform, session, this.failure, identity, this.composerSeen);
    const checking = session && status.active ? this.images.progress([session.editor]) : null;
    this.status.report(checking ? { ...status, checking } : status);
  }

  /**
   * Until the employee writes somewhere, the tab is "active" only if a composer Preflight recognises is
   * on the page: looked for at most twice a second as the page changes.
   */
  private scanSoon(): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.safely(() => {
        const seen = hasComposer(this.site, this.doc);
        if (seen === this.composerSeen) return;
        this.composerSeen = seen;
        this.reportStatus();
      });
    }, SCAN_MS);
  }

  private prune(): void {
    for (const [editor, session] of this.sessions) {
      if (editor.isConnected) continue;
      clearTimeout(session.timer);
      this.sessions.delete(editor);
      this.painter.clear(editor);
      if (this.active === session) {
        this.observers.watchEditor(null);
        this.active = null;
        this.ui.badgeSession = null;
        this.card.close(false);
        this.reportStatus();
      }
    }

    this.ui.schedule();
  }
}
