/**
 * Paints finding spans without touching the editor DOM: the CSS Custom Highlight API over live Ranges
 * where available (it follows the text as the page scrolls and reflows), otherwise boxes drawn in the
 * overlay. Textareas always use boxes from the mirror, since their text has no DOM ranges.
 */
import type { MarkBox } from '../../components/ComposerOverlay';
import { HIGHLIGHT_STYLES } from '../../components/overlay-styles';
import type { Severity } from '../checker/types';

export interface MarkSpan {
  key: string;
  severity: Severity;
  range: Range | null;
  /** For textareas: viewport rectangles measured through the mirror. */
  rects?: () => DOMRect[];
}

const SEVERITIES: Severity[] = ['block', 'warn', 'info'];
const STYLE_ID = 'preflight-highlight-styles';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class MarkPainter {
  private spans = new Map<Element, MarkSpan[]>();
  private useHighlights = highlightsSupported();

  constructor(private readonly doc: Document) {}

  set(editor: Element, spans: MarkSpan[]): void {
    if (spans.length) this.spans.set(editor, spans);
    else this.spans.delete(editor);
    this.paintHighlights();
  }

  clear(editor: Element): void {
    if (this.spans.delete(editor)) this.paintHighlights();
  }

  clearAll(): void {
    this.spans.clear();
    this.paintHighlights();
  }

  /** Rectangles of one span, for hover hit-testing and placing the card. */
  rects(span: MarkSpan): DOMRect[] {
    if (span.rects) return span.rects();
    return span.range ? Array.from(span.range.getClientRects()) : [];
  }

  all(): MarkSpan[] {
    return [...this.spans.values()].flat();
  }

  /** Boxes the overlay must draw itself (textareas, or browsers without the Highlight API). */
  boxes(): MarkBox[] {
    const out: MarkBox[] = [];
    for (const span of this.all()) {
      if (this.useHighlights && !span.rects) continue;
      this.rects(span).forEach((rect, index) => {
        out.push({
          key: `${span.key}:${index}`,
          severity: span.severity,
          left: rect.left,
          top: rect.top,
          width: rect.width,
          height: rect.height,
        });
      });
    }
    return out;
  }

  private paintHighlights(): void {
    if (!this.useHighlights) return;
    this.ensureStyle();
    for (const severity of SEVERITIES) {
      const ranges = this.all()
        .filter((span) => span.severity === severity && span.range && !span.rects)
        .map((span) => span.range as Range);
      const name = `preflight-${severity}`;
      try {
        if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges));
        else CSS.highlights.delete(name);
      } catch {
        // Some content-script sandboxes expose the API but refuse cross-world objects: draw boxes instead.
        this.useHighlights = false;
        return;
      }
    }
  }

  private ensureStyle(): void {
    if (this.doc.getElementById(STYLE_ID)) return;
    const style = this.doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = HIGHLIGHT_STYLES;
    (this.doc.head ?? this.doc.documentElement).append(style);
  }
}
