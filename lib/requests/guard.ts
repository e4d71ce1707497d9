/**
 * The friend and follow request guard on one page. Clicks, and Enter/Space on a focused role=button, are
 * caught at window capture (before the site's React handlers, as the composer guard does) when they land
 * on an accept or send control from `lib/sites`. Depending on the mode (always / on a signal / off) the
 * requester is read and checked for student signals; when the employee should be asked, the event is
 * cancelled and the prompt shown. "Don't accept" leaves the request as it was; "Not a current student,
 * continue" lets exactly one click through on the control as it is then. Decisions are logged with the
 * kinds of signal found, never a name.
 */

import type { Identity } from '../content/identity';
import { cancel, Listeners } from '../content/listen';
import { t } from '../i18n';
import type { DecisionLogEntry } from '../log';
import { clauseById } from '../policy/clauses';
import type { Settings } from '../settings/schema';
import { isDisabled } from '../sites/match';
import type { SiteSpec } from '../sites/types';
import { type RequestTarget, readTarget, refindControl, requestControlFromPath } from './page';
import { PromptHost } from './prompt-host';
import { extractSignals, type Signal, signalSettings } from './signals';
import type { RequestMemory } from './store';

export const REQUEST_CLAUSE = 'personal.student-connections';

export interface RequestGuardOptions {
  settings: () => Settings;
  /** The acting identity (the composer guard's reader: one per page). */
  identity: () => Identity;
  log: (entry: DecisionLogEntry) => Promise<void>;
  memory: RequestMemory;
  now?: () => Date;
  /** An internal error: the page carries on unguarded and the caller may say so. */
  onError?: () => void;
}

interface Held {
  target: RequestTarget;
  signals: Signal[];
  key: string | null;
  returnFocus: Element | null;
}

/** Events that start in Preflight's own UI (any of its shadow hosts) are never the site's. */
function fromPreflight(event: Event): boolean {
  return event.composedPath().some((node) => node instanceof Element && node.hasAttribute('data-preflight'));
}

export class RequestGuard {
  held: Held | null = null;
  private readonly passing = new WeakSet<EventTarget>();
  private swallowKeyup: EventTarget | null = null;
  private readonly host: PromptHost;
  private readonly listeners = new Listeners((run) => this.safely(run));

  constructor(
    readonly site: SiteSpec,
    readonly doc: Document,
    readonly options: RequestGuardOptions,
  ) {
    this.host = new PromptHost(doc);
  }

  start(): () => void {
    if (!this.site.requests) return () => undefined;
    const win = this.doc.defaultView as Window;
    const capture = { capture: true };
    this.listeners.on(win, 'click', (e) => this.onClick(e as MouseEvent), capture);
    this.listeners.on(win, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), capture);
    this.listeners.on(win, 'keyup', (e) => this.onKeyUp(e as KeyboardEvent), capture);
    this.listeners.add(this.options.memory.start());
    return () => {
      this.listeners.removeAll();
      this.host.destroy();
    };
  }

  private safely(run: () => unknown): void {
    try {
      run();
    } catch {
      this.options.onError?.();
    }
  }

  private onClick(event: MouseEvent): void {
    // The cheap look (a few nodes of the path) first: most clicks are on no request control.
    const found = requestControlFromPath(this.site, event.composedPath());
    if (!found || this.passing.has(found.control) || isDisabled(found.control) || fromPreflight(event)) return;
    this.intercept(event, found.control, () => readTarget(this.site, found, this.doc));
  }

  private onKeyDown(event: KeyboardEvent): void {
    if ((event.key !== 'Enter' && event.key !== ' ') || event.isComposing) return;
    // A native button turns Enter/Space into a click, which is caught as a click.
    if (event.target instanceof HTMLButtonElement) return;
    const found = requestControlFromPath(this.site, event.composedPath());
    if (!found || isDisabled(found.control) || fromPreflight(event)) return;
    const held = this.intercept(event, found.control, () => readTarget(this.site, found, this.doc));
    if (held && event.key === ' ') this.swallowKeyup = found.control;
  }

  /** A held Space on a role=button would still activate it on keyup. */
  private onKeyUp(event: KeyboardEvent): void {
    if (this.swallowKeyup && event.key === ' ' && event.composedPath().includes(this.swallowKeyup)) cancel(event);
    this.swallowKeyup = null;
  }

  /** Decide at once whether to ask; hold the event (returning true) only then. */
  private intercept(event: Event, control: HTMLElement, read: () => RequestTarget | null): boolean {
    if (this.held) {
      cancel(event);
      return true;
    }
    const settings = this.options.settings();
    const mode = settings.requests.mode;
    if (mode === 'off') return false;
    const target = read();
    if (!target) return false;
    const now = this.options.now?.() ?? new Date();
    const signals = extractSignals(target.requester, signalSettings(settings, now, this.options.memory.roster));
    if (mode === 'signal' && !signals.length) return false;
    const key = this.options.memory.keyFor(this.site.platform, target.profileId);
    if (this.options.memory.isRemembered(key)) return false;
    cancel(event);
    this.held = { target, signals, key, returnFocus: this.doc.activeElement ?? control };
    try {
      this.show(settings);
    } catch (error) {
      // Fail safe: a prompt that cannot be shown must not swallow the employee's click.
      this.held = null;
      this.clickOnce(control);
      throw error;
    }
    return true;
  }

  private show(settings: Settings): void {
    const held = this.held;
    if (!held) return;
    const clause = clauseById(REQUEST_CLAUSE, settings.policy ?? undefined);
    this.host.show({
      action: held.target.spec.action,
      name: held.target.requester.name,
      signals: held.signals,
      clause: clause ? { id: clause.id, text: clause.text } : null,
      canRemember: !!held.key,
      onDecline: () => this.safely(() => this.decline()),
      onContinue: (remember) => this.safely(() => this.proceed(remember)),
    });
  }

  private close(): Held | null {
    const held = this.held;
    this.held = null;
    this.host.show(null);
    if (held?.returnFocus instanceof HTMLElement && held.returnFocus.isConnected) held.returnFocus.focus();
    return held;
  }

  decline(): void {
    const held = this.close();
    if (!held) return;
    this.log(held, 'request-declined');
    this.host.announce(
      t(held.target.spec.action === 'accept' ? 'requests.announce.declined' : 'requests.announce.notSent'),
    );
  }

  proceed(remember: boolean): void {
    const held = this.close();
    if (!held) return;
    if (remember && held.key) this.options.memory.remember(held.key).catch(() => undefined);
    this.log(held, 'request-allowed');
    const control = refindControl(this.site, held.target, this.doc);
    if (!control) {
      this.host.announce(t('requests.announce.gone'));
      return;
    }
    this.clickOnce(control);
  }

  /** One click the guard itself lets through (its own listener recognises it). */
  private clickOnce(control: HTMLElement): void {
    this.passing.add(control);
    try {
      control.click();
    } finally {
      this.passing.delete(control);
    }
  }

  private log(held: Held, kind: DecisionLogEntry['kind']): void {
    const account = this.options.identity().district ? 'district' : 'personal';
    const rules = held.signals.length ? [...new Set(held.signals.map((s) => `request.${s.kind}`))] : ['request.always'];
    const entry: DecisionLogEntry = {
      time: Date.now(),
      kind,
      platform: this.site.platform,
      account,
      categories: ['student-connection'],
      rules,
    };
    this.options.log(entry).catch(() => undefined);
  }
}
