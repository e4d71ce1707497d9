/**
 * Lexical (Facebook, Instagram caption and DMs): blocks are the root's children (`<p>`), text sits in
 * `span[data-lexical-text]`, a soft break is `<br>`, and emoji or mentions may be decorators or `img[alt]`.
 * Lexical adds a managed `<br>` as the last child of an empty (or break-ending) block: it is not text.
 */
import type { EditorText } from './types';
import { TextBuilder } from './walk';

function readInline(node: Node, block: Element, out: TextBuilder): void {
  for (const child of node.childNodes) {
    if (child instanceof Text) out.text(child);
    else if (child instanceof HTMLBRElement) {
      if (child !== block.lastChild) out.lineBreak();
    } else if (child instanceof HTMLImageElement) out.atom(child, child.alt);
    else if (child instanceof Element && child.getAttribute('data-lexical-decorator') === 'true') {
      out.atom(child, child.textContent ?? '');
    } else readInline(child, block, out);
  }
}

export function readLexical(editor: HTMLElement): EditorText {
  const out = new TextBuilder();
  let index = 0;
  for (const block of editor.children) {
    if (index++ > 0) out.lineBreak();
    readInline(block, block, out);
  }
  return out.done();
}
