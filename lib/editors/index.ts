/** Reading editors and mapping text offsets back to the DOM, whatever framework renders them. */
import { readContentEditable } from './contenteditable';
import { readDraft } from './draft';
import { readLexical } from './lexical';
import type { EditorText, ReaderKind, TextPiece } from './types';

export { applyReplacement } from './apply';
export type * from './types';

/** Framework markers on the element win over the site's hint (sites change editors). */
export function readerKind(editor: HTMLElement, hint?: ReaderKind): ReaderKind {
  if (editor instanceof HTMLTextAreaElement) return 'textarea';
  if (editor.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (editor.classList.contains('public-DraftEditor-content')) return 'draft';
  return hint === 'textarea' || !hint ? 'contenteditable' : hint;
}

export function readEditor(editor: HTMLElement, kind: ReaderKind = readerKind(editor)): EditorText {
  switch (kind) {
    case 'textarea':
      return { text: (editor as HTMLTextAreaElement).value, pieces: [] };
    case 'draft':
      return readDraft(editor);
    case 'lexical':
      return readLexical(editor);
    default:
      return readContentEditable(editor);
  }
}

function boundary(piece: TextPiece, offset: number): [Node, number] | null {
  const { node } = piece;
  if (!node) return null;
  if (node instanceof Text) return [node, Math.max(0, Math.min(node.data.length, offset - piece.start))];
  const parent = node.parentNode;
  if (!parent) return null;
  const index = Array.prototype.indexOf.call(parent.childNodes, node) as number;
  return offset <= piece.start ? [parent, index] : [parent, index + 1];
}

/** The DOM position of a text offset; `end` prefers the piece that ends there over the one that starts there. */
export function domPosition(mapped: EditorText, offset: number, end: boolean): [Node, number] | null {
  const { pieces } = mapped;
  if (end) {
    for (let i = pieces.length - 1; i >= 0; i--) {
      const piece = pieces[i];
      if (piece.node && piece.start < offset && offset <= piece.start + piece.length) return boundary(piece, offset);
    }
  } else {
    for (const piece of pieces) {
      if (piece.node && piece.start <= offset && offset < piece.start + piece.length) return boundary(piece, offset);
    }
  }
  return null;
}

/** A live DOM Range over `[start, end)` of the mapped text, or null (textareas, stale maps). */
export function rangeFor(mapped: EditorText, start: number, end: number): Range | null {
  const from = domPosition(mapped, start, false);
  const to = domPosition(mapped, end, true);
  if (!from || !to || !from[0].isConnected || !to[0].isConnected) return null;
  const range = new Range();
  try {
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
  } catch {
    return null;
  }
  return range;
}
