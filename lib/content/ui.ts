/**
 * Builds the overlay model (badge beside the composer, marks, card, review dialog, announcements) from
 * the guard's state and renders it, re-positioning on scroll and resize in one animation frame.
 */
import type { OverlayHandlers, OverlayModel } from '../../components/ComposerOverlay';
import type { FindingView } from '../../components/finding-view';
import { worstSeverity } from '../../components/finding-view';
import type { Finding } from '../checker/types';
import type { MarkPainter } from './marks';
import { createOverlay, type Overlay } from './overlay';
import type { Session } from './session';

export type CardMode = 'hover' | 'caret' | 'badge';

export interface CardState {
  mode: CardMode;
  session: Session;
  findings: Finding[];
  anchor: DOMRect;
}

/** Attached photos: which one is being checked, and those that could not be checked. */
export interface PhotoStatus {
  checking: { index: number; total: number } | null;
  notes: string[];
  checked: number;
}

export interface UiDeps {
  views(session: Session, findings: readonly Finding[]): FindingView[];
  identityLine(session: Session): string;
  photos(session: Session): PhotoStatus;
}

const BADGE = { width: 44, height: 24, gap: 4 };
const CARD = { width: 380, height: 300, gap: 6 };

function visibleRect(element: Element): DOMRect | null {
  if (!element.isConnected) return null;
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 ? rect : null;
}

export class Ui {
  badgeSession: Session | null = null;
  card: CardState | null = null;
  review: OverlayModel['review'] = null;
  announcement = '';
  private overlay: Overlay | null = null;
  private badgeButton: HTMLButtonElement | null = null;
  private mirrorElement: HTMLElement | null = null;
  private frame = 0;

  constructor(
    private readonly doc: Document,
    private readonly painter: MarkPainter,
    private readonly handlers: Omit<OverlayHandlers, 'badgeRef'>,
    private readonly deps: UiDeps,
  ) {}

  /** True if the event started inside Preflight's own UI. */
  owns(event: Event): boolean {
    return !!this.overlay?.owns(event);
  }

  /** A hidden element in the shadow root, for measuring textarea text. */
  mirror(): HTMLElement {
    if (!this.mirrorElement) {
      this.mirrorElement = this.doc.createElement('div');
      this.mirrorElement.className = 'pf-mirror';
      this.mirrorElement.setAttribute('aria-hidden', 'true');
      this.ensureOverlay().root.append(this.mirrorElement);
    }
    return this.mirrorElement;
  }

  focusBadge(): void {
    this.badgeButton?.focus();
  }

  schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  render(): void {
    const model = this.model();
    if (!this.overlay && !model.badge && !model.marks.length && !model.announcement) return;
    this.ensureOverlay().update(model);
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.overlay?.destroy();
    this.overlay = null;
    this.mirrorElement = null;
  }

  private ensureOverlay(): Overlay {
    if (!this.overlay) {
      this.overlay = createOverlay(this.doc, {
        ...this.handlers,
        badgeRef: (element) => {
          this.badgeButton = element;
        },
      });
      this.doc.documentElement.append(this.overlay.host);
    }
    return this.overlay;
  }

  private model(): OverlayModel {
    return {
      marks: this.painter.boxes(),
      badge: this.badgeModel(),
      card: this.cardModel(),
      review: this.review,
      announcement: this.announcement,
    };
  }

  private badgeModel(): OverlayModel['badge'] {
    const session = this.badgeSession;
    const rect = session && visibleRect(session.editor);
    if (!session?.checked || !rect) return null;
    const findings = session.checked.findings;
    const photos = this.deps.photos(session);
    const innerWidth = this.doc.defaultView?.innerWidth ?? 0;
    const small = rect.height < BADGE.height * 2;
    const outside = small && rect.right + BADGE.gap + BADGE.width <= innerWidth;
    return {
      count: findings.length,
      worst: worstSeverity(findings),
      checking: photos.checking ?? undefined,
      unchecked: photos.notes.length,
      checked: photos.checked,
      left: outside ? rect.right + BADGE.gap : rect.right - BADGE.width - BADGE.gap,
      top: small ? rect.top + (rect.height - BADGE.height) / 2 : rect.bottom - BADGE.height - BADGE.gap,
    };
  }

  private cardModel(): OverlayModel['card'] {
    const card = this.card;
    if (!card?.session.editor.isConnected) return null;
    const view = this.doc.defaultView;
    const maxLeft = Math.max(8, (view?.innerWidth ?? CARD.width) - CARD.width - 8);
    const below = card.anchor.bottom + CARD.gap;
    const fitsBelow = below + CARD.height <= (view?.innerHeight ?? Number.POSITIVE_INFINITY);
    const photos = card.mode === 'badge' ? this.deps.photos(card.session) : null;
    return {
      views: this.deps.views(card.session, card.findings),
      identity: this.deps.identityLine(card.session),
      checking: photos?.checking ?? undefined,
      notes: photos?.notes,
      left: Math.min(Math.max(8, card.anchor.left), maxLeft),
      top: fitsBelow ? below : Math.max(8, card.anchor.top - CARD.height - CARD.gap),
      takeFocus: card.mode === 'badge',
    };
  }
}
