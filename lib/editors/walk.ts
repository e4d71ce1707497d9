/** A small builder shared by the contenteditable readers: appends text, atoms and line breaks with offsets. */
import type { EditorText, TextPiece } from './types';

export class TextBuilder {
  private parts: string[] = [];
  private pieces: TextPiece[] = [];
  private length = 0;
  private last = '';

  text(node: Text): void {
    const value = node.data;
    if (!value) return;
    this.push(node, value);
  }

  atom(element: Element, value: string): void {
    if (value) this.push(element, value);
  }

  lineBreak(): void {
    this.push(null, '\n');
  }

  /** A line break unless the text is empty or already ends with one (block boundaries). */
  softBreak(): void {
    if (this.length > 0 && this.last !== '\n') this.lineBreak();
  }

  done(): EditorText {
    return { text: this.parts.join(''), pieces: this.pieces };
  }

  private push(node: Node | null, value: string): void {
    this.parts.push(value);
    this.pieces.push({ node, start: this.length, length: value.length });
    this.length += value.length;
    this.last = value[value.length - 1] ?? this.last;
  }
}
