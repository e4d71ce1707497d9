/**
 * Any other contenteditable (the generic fallback): text nodes in order, `<br>` as a line break and a line
 * break between block elements.
 */
import type { EditorText } from './types';
import { TextBuilder } from './walk';

const BLOCKS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

function walk(node: Node, out: TextBuilder): void {
  for (const child of node.childNodes) {
    if (child instanceof Text) out.text(child);
    else if (child instanceof HTMLBRElement) out.lineBreak();
    else if (child instanceof HTMLImageElement) out.atom(child, child.alt);
    else if (child instanceof Element) {
      const block = BLOCKS.has(child.tagName);
      if (block) out.softBreak();
      walk(child, out);
      if (block) out.softBreak();
    }
  }
}

export function readContentEditable(editor: HTMLElement): EditorText {
  const out = new TextBuilder();
  walk(editor, out);
  const result = out.done();
  // A trailing break from the last block is layout, not text.
  const last = result.pieces[result.pieces.length - 1];
  if (last && last.node === null && result.text.endsWith('\n')) {
    result.pieces.pop();
    result.text = result.text.slice(0, -1);
  }
  return result;
}
