/**
 * Draft.js (X): each line is a `div[data-block="true"]` and text sits in `span[data-text="true"]` leaves.
 * Lines are joined with "\n" (the editor's own textContent runs them together); an empty line holds
 * only `br[data-text]`.
 */
import { readContentEditable } from './contenteditable';
import type { EditorText } from './types';
import { TextBuilder } from './walk';

export function readDraft(editor: HTMLElement): EditorText {
  const blocks = editor.querySelectorAll('[data-block="true"]');
  if (blocks.length === 0) return readContentEditable(editor);
  const out = new TextBuilder();
  blocks.forEach((block, index) => {
    if (index > 0) out.lineBreak();
    for (const leaf of block.querySelectorAll('[data-text="true"]')) {
      for (const child of leaf.childNodes) if (child instanceof Text) out.text(child);
    }
  });
  return out.done();
}
