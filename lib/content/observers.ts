/**
 * The guard's two MutationObservers, and no more however long the session: one follows the active
 * editor's own DOM (Draft.js and Lexical apply many edits without a native `input` event), the other
 * watches the page (at most one callback per animation frame) for composers appearing and tracked
 * editors leaving (dialogs closing, SPA navigation, re-rendered nodes).
 */
export class EditorObservers {
  private readonly editorWatcher: MutationObserver;
  private pageWatcher: MutationObserver | null = null;
  private frame = 0;

  constructor(
    private readonly doc: Document,
    onEditorChange: () => void,
    private readonly onPageChange: () => void,
  ) {
    this.editorWatcher = new MutationObserver(onEditorChange);
  }

  /** Follow `editor` (textareas change no DOM, so they are left to `input` events). */
  watchEditor(editor: HTMLElement | null): void {
    this.editorWatcher.disconnect();
    if (editor && !(editor instanceof HTMLTextAreaElement)) {
      this.editorWatcher.observe(editor, { childList: true, characterData: true, subtree: true });
    }
  }

  /** Start watching the page (at most one callback per animation frame). */
  trackPage(): void {
    if (this.pageWatcher || !this.doc.documentElement) return;
    this.pageWatcher = new MutationObserver(() => {
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.onPageChange();
      });
    });
    this.pageWatcher.observe(this.doc.documentElement, { childList: true, subtree: true });
  }

  untrackPage(): void {
    this.pageWatcher?.disconnect();
    this.pageWatcher = null;
  }

  stop(): void {
    this.editorWatcher.disconnect();
    this.untrackPage();
    if (this.frame) cancelAnimationFrame(this.frame);
  }
}
