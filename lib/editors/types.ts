/**
 * Editor readers turn a site's editor DOM into the text the employee sees, with a map from UTF-16 offsets
 * back to DOM positions (for marks and fixes). They only read: the editor DOM is never modified.
 */
export type ReaderKind = 'draft' | 'lexical' | 'textarea' | 'contenteditable';

export interface TextPiece {
  /** A Text node; an atomic element (emoji image, decorator) counted as `length` characters; or null for a line break. */
  node: Node | null;
  start: number;
  length: number;
}

export interface EditorText {
  text: string;
  pieces: TextPiece[];
}
