/**
 * One editor the employee is writing in, and how it is checked: read (with a snapshot kept on every
 * input, because Facebook empties a comment box synchronously when Enter submits it), check with the
 * acting identity, and turn findings into views for the UI.
 */
import { buildFindingViews, type FindingView } from '../../components/finding-view';
import { check } from '../checker';
import type { CheckContext, Finding } from '../checker/types';
import { type EditorText, type ReaderKind, readEditor, readerKind } from '../editors';
import type { Settings } from '../settings/schema';
import type { SiteSpec, SurfaceSpec } from '../sites/types';
import type { Identity } from './identity';
import { isImageFinding } from './image-analyses';

export interface Session {
  editor: HTMLElement;
  /** null: an editable Preflight does not recognise (checked while typing; Post is not known). */
  spec: SurfaceSpec | null;
  kind: ReaderKind;
  /** The text as last read, kept on every input. */
  snapshot: EditorText;
  /** The last check: the text it saw and what it found. */
  checked: { text: string; findings: Finding[] } | null;
  timer?: ReturnType<typeof setTimeout>;
}

export function createSession(editor: HTMLElement, spec: SurfaceSpec | null): Session {
  const kind = readerKind(editor, spec?.kind);
  return { editor, spec, kind, snapshot: readEditor(editor, kind), checked: null };
}

/** The editor's text now, or the last snapshot if the site has just emptied it. */
export function currentText(session: Session): EditorText {
  const live = readEditor(session.editor, session.kind);
  if (live.text.trim() === '' && session.snapshot.text.trim() !== '') return session.snapshot;
  return live;
}

/** Findings marked "Not a problem" stay dismissed for this page (in memory only, never stored). */
export function dismissalKey(finding: Finding, text: string): string {
  // A photo's finding has no span in the text: its message names the photo (and quotes any words read).
  if (isImageFinding(finding)) return `${finding.rule}\u0000image\u0000${finding.message}`;
  return `${finding.rule}\u0000${text.slice(finding.start, finding.end).toLowerCase()}`;
}

export function runCheck(
  site: SiteSpec,
  session: Session,
  text: string,
  identity: Identity,
  settings: Settings,
  dismissed: ReadonlySet<string>,
): Finding[] {
  const context: CheckContext = {
    platform: site.platform,
    account: identity.district ? 'district' : 'personal',
    surface: session.spec?.surface ?? 'post',
  };
  return check(text, context, settings).filter((finding) => !dismissed.has(dismissalKey(finding, text)));
}

export function findingViews(
  findings: readonly Finding[],
  text: string,
  settings: Settings,
  prefix = '',
): FindingView[] {
  return buildFindingViews(findings, text, settings.policy, prefix);
}

/** The caret's offset in the session's text, if the selection is collapsed inside the editor. */
export function caretOffset(session: Session, selection: Selection | null): number | null {
  const { editor } = session;
  if (editor instanceof HTMLTextAreaElement) {
    return editor.selectionStart === editor.selectionEnd ? editor.selectionStart : null;
  }
  if (!selection?.isCollapsed || !selection.anchorNode) return null;
  const piece = session.snapshot.pieces.find((p) => p.node === selection.anchorNode);
  return piece ? piece.start + selection.anchorOffset : null;
}
