/**
 * Applies a fix the way typing would: select the span in the editor, then insert the replacement through
 * the browser's editing command, so `beforeinput`/`input` reach React, Draft.js and Lexical and their own
 * state (the text they will submit) changes. The editor DOM is never written to directly.
 */
import type { EditorText } from './types';

export interface ReplacementTarget {
  editor: HTMLElement;
  read: () => EditorText;
  range: (mapped: EditorText, start: number, end: number) => Range | null;
}

/** Wait until the editor framework has seen the new selection (selectionchange is dispatched async). */
function settle(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function select(target: ReplacementTarget, start: number, end: number): boolean {
  const { editor } = target;
  editor.focus({ preventScroll: true });
  if (editor instanceof HTMLTextAreaElement) {
    editor.setSelectionRange(start, end);
    return true;
  }
  const range = target.range(target.read(), start, end);
  const selection = editor.ownerDocument.getSelection();
  if (!range || !selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/**
 * Replace `[start, end)` of the editor's text with `replacement`; resolves to true when the editor's text
 * afterwards is exactly the expected text.
 */
export async function applyReplacement(
  target: ReplacementTarget,
  start: number,
  end: number,
  replacement: string,
): Promise<boolean> {
  const before = target.read().text;
  const expected = before.slice(0, start) + replacement + before.slice(end);
  if (!select(target, start, end)) return false;
  await settle();
  const doc = target.editor.ownerDocument;
  // execCommand is deprecated but it is still the one way to produce trusted-looking editing input.
  const done = replacement ? doc.execCommand('insertText', false, replacement) : doc.execCommand('delete', false);
  if (!done) return false;
  await settle();
  return target.read().text === expected;
}
