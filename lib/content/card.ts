/**
 * When the card opens and closes: hovering a mark, the caret entering one, or activating the badge
 * (which moves focus into the card; closing it returns focus to the badge).
 */
import type { Finding } from '../checker/types';
import type { ComposerGuard } from './guard';
import { caretOffset, type Session } from './session';
import type { CardMode } from './ui';

const HOVER_CLOSE_MS = 300;

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

export class CardController {
  private pointer = { x: 0, y: 0 };
  private frame = 0;
  private insideCard = false;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly guard: ComposerGuard) {}

  session(): Session | null {
    return this.guard.ui.card?.session ?? null;
  }

  private open(mode: CardMode, session: Session, findings: Finding[], anchor: DOMRect): void {
    clearTimeout(this.closeTimer);
    const { ui } = this.guard;
    const current = ui.card;
    if (current && current.mode === mode && current.session === session && same(current.findings, findings)) return;
    ui.card = { mode, session, findings, anchor };
    ui.render();
  }

  close(returnFocus: boolean): void {
    clearTimeout(this.closeTimer);
    const { ui } = this.guard;
    if (!ui.card) return;
    const fromBadge = ui.card.mode === 'badge';
    ui.card = null;
    this.insideCard = false;
    ui.render();
    if (returnFocus && fromBadge) ui.focusBadge();
  }

  /** Escape in the editor closes a hover/caret card first. */
  closeFromEditor(): boolean {
    const card = this.guard.ui.card;
    if (!card || card.mode === 'badge') return false;
    this.close(false);
    return true;
  }

  toggleFromBadge(): void {
    const { ui } = this.guard;
    if (ui.card?.mode === 'badge') {
      this.close(true);
      return;
    }
    const session = ui.badgeSession;
    if (!session?.checked) return;
    const rect = session.editor.getBoundingClientRect();
    this.open('badge', session, session.checked.findings, new DOMRect(rect.right - 380, rect.bottom, 0, 0));
  }

  pointerInCard(inside: boolean): void {
    this.insideCard = inside;
    if (inside) clearTimeout(this.closeTimer);
    else this.scheduleHoverClose();
  }

  /** After a re-check, keep the card's findings current (or close it when they are gone). */
  refresh(session: Session): void {
    const card = this.guard.ui.card;
    if (!card || card.session !== session) return;
    const findings = session.checked?.findings ?? [];
    const kept =
      card.mode === 'badge' ? findings : findings.filter((f) => card.findings.some((old) => old.rule === f.rule));
    if (kept.length || card.mode === 'badge') card.findings = kept;
    else this.close(false);
  }

  onPointerMove(event: MouseEvent): void {
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.frame || !this.guard.painter.all().length) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.guard.safely(() => this.hitTest());
    });
  }

  private hitTest(): void {
    const { x, y } = this.pointer;
    const mode = this.guard.ui.card?.mode;
    if (mode === 'badge') return;
    for (const session of this.guard.sessions.values()) {
      const findings = session.checked?.findings ?? [];
      if (!findings.length || !contains(session.editor.getBoundingClientRect(), x, y)) continue;
      const spans = this.guard.painter.all();
      for (const [index, finding] of findings.entries()) {
        const span = spans.find((s) => s.key === `${index}-${finding.rule}-${finding.start}`);
        const rect = span && this.guard.painter.rects(span).find((r) => contains(r, x, y));
        if (rect) {
          this.open('hover', session, [finding], rect);
          return;
        }
      }
    }
    if (mode === 'hover') this.scheduleHoverClose();
  }

  private scheduleHoverClose(): void {
    if (this.guard.ui.card?.mode !== 'hover' || this.insideCard) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (!this.insideCard && this.guard.ui.card?.mode === 'hover') this.close(false);
    }, HOVER_CLOSE_MS);
  }

  onSelectionChange(): void {
    const session = this.guard.active;
    const findings = session?.checked?.findings;
    const mode = this.guard.ui.card?.mode;
    if (!session || !findings?.length || mode === 'badge' || mode === 'hover') return;
    const doc = this.guard.doc;
    if (doc.activeElement !== session.editor) return;
    const offset = caretOffset(session, doc.getSelection());
    // Strictly inside: a caret just after a span is where typing continues, not a request for the card.
    const here = offset === null ? [] : findings.filter((f) => f.start < offset && offset < f.end);
    if (!here.length) {
      if (mode === 'caret') this.close(false);
      return;
    }
    this.open('caret', session, here, this.spanRect(session, here[0]) ?? session.editor.getBoundingClientRect());
  }

  private spanRect(session: Session, finding: Finding): DOMRect | null {
    const index = session.checked?.findings.indexOf(finding) ?? -1;
    const span = this.guard.painter.all().find((s) => s.key === `${index}-${finding.rule}-${finding.start}`);
    return (span && this.guard.painter.rects(span)[0]) ?? null;
  }
}

function same(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f.rule === b[i].rule && f.start === b[i].start);
}
