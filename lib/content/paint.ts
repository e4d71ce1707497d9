/** Turns a session's findings into mark spans: live Ranges over the editor text, or mirror rectangles for textareas. */
import { rangeFor } from '../editors';
import { isImageFinding } from './image-analyses';
import type { MarkSpan } from './marks';
import { textareaSpanRects } from './mirror';
import type { Session } from './session';
import type { Ui } from './ui';

export function markSpans(session: Session, ui: Pick<Ui, 'mirror'>): MarkSpan[] {
  const findings = session.checked?.findings ?? [];
  const { editor } = session;
  // Photo findings have no span in the text; keys keep each finding's index (the card looks spans up by it).
  return findings.flatMap((finding, index): MarkSpan[] => {
    if (isImageFinding(finding)) return [];
    const key = `${index}-${finding.rule}-${finding.start}`;
    if (editor instanceof HTMLTextAreaElement) {
      const span = { start: finding.start, end: finding.end };
      return [
        {
          key,
          severity: finding.severity,
          range: null,
          rects: () => textareaSpanRects(editor, [span], ui.mirror())[0],
        },
      ];
    }
    return [{ key, severity: finding.severity, range: rangeFor(session.snapshot, finding.start, finding.end) }];
  });
}

export function paintSession(
  guard: { painter: { set(editor: Element, spans: MarkSpan[]): void }; ui: Ui },
  session: Session,
): void {
  guard.painter.set(session.editor, markSpans(session, guard.ui));
}
