/**
 * Photos attached to a post: captured when they are picked (file input `change`, paste, drop) so their
 * check starts at once, and followed through the composer's previews, which are the ground truth of what
 * will be posted (a removed preview's findings go away). Every photo is checked off the page; its findings
 * join the composer's findings (badge, card, review dialog) and the badge shows "Checking photo 2 of 3".
 */
import type { Finding } from '../checker/types';
import { t } from '../i18n';
import { sendMessage } from '../messaging';
import {
  allPreviews,
  attachmentScope,
  editorsIn,
  isAttachInput,
  previewsIn,
  readablePreviewUrl,
  scopeOfTarget,
} from '../sites/attachments';
import { type Attachment, isPhoto, notesOf, type Progress, progressOf, signature } from './attachment-list';
import type { ComposerGuard } from './guard';
import type { Identity } from './identity';
import { ImageAnalyses } from './image-analyses';
import type { Listeners } from './listen';
import { dismissalKey, type Session } from './session';

interface Captured {
  key: string | null;
  name: string;
  scope: Element | null;
  /** Seen as a preview: from then on the previews say whether it is still attached. */
  shown: boolean;
}

const SCAN_MS = 250;
const KEEP_SOURCES = 200;
const KEEP_CAPTURED = 100;
/** A preview whose bytes are being read. */
const READING = '\u0000reading';

export class ImageChecks {
  readonly analyses: ImageAnalyses;
  private captured: Captured[] = [];
  /** Preview URL -> content key (null: could not be read). */
  private readonly sources = new Map<string, string | null>();
  private readonly signatures = new WeakMap<Session, string>();
  private readonly scopes = new WeakMap<Session, Element>();
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private warmed = false;
  private attachedBefore = false;

  constructor(private readonly guard: ComposerGuard) {
    this.analyses = new ImageAnalyses(
      (request) => sendMessage('analyzeImage', request),
      () => this.guard.safely(() => this.refresh()),
    );
  }

  private enabled(): boolean {
    return !!this.guard.site.attachments && this.guard.settings().images.enabled;
  }

  start(listeners: Listeners): void {
    const win = this.guard.doc.defaultView as Window;
    const passive = { capture: true, passive: true };
    listeners.on(win, 'change', (e) => this.onChange(e), passive);
    listeners.on(win, 'paste', (e) => this.onFiles(e, (e as ClipboardEvent).clipboardData?.files), passive);
    listeners.on(win, 'drop', (e) => this.onFiles(e, (e as DragEvent).dataTransfer?.files), passive);
    listeners.on(win, 'click', (e) => isAttachInput(this.guard.site, e.target) && this.warmUp(), passive);
    listeners.on(
      win,
      'dragenter',
      (e) => (e as DragEvent).dataTransfer?.types.includes('Files') && this.warmUp(),
      passive,
    );
  }

  stop(): void {
    clearTimeout(this.scanTimer);
    this.captured = [];
    this.sources.clear();
  }

  /** Load the models while the employee picks a file, so the first check does not wait for them. */
  private warmUp(): void {
    if (this.warmed || !this.enabled()) return;
    this.warmed = true;
    sendMessage('warmUpImages', undefined).catch(() => undefined);
  }

  private onChange(event: Event): void {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || this.guard.ui.owns(event)) return;
    this.capture(input, input.files);
  }

  private onFiles(event: Event, files: FileList | null | undefined): void {
    if (this.guard.ui.owns(event) || !(event.target instanceof Element)) return;
    this.capture(event.target, files);
  }

  private capture(target: Element, files: FileList | null | undefined): void {
    const photos = Array.from(files ?? []).filter(isPhoto);
    if (!photos.length || !this.enabled()) return;
    this.warmUp();
    const scope = scopeOfTarget(this.guard.site, target);
    for (const file of photos) {
      const item: Captured = { key: null, name: file.name || 'photo', scope, shown: false };
      this.captured.push(item);
      file
        .arrayBuffer()
        .then((buffer) => this.analyses.add(new Uint8Array(buffer), item.name, file.type))
        .then((key) => {
          item.key = key;
          this.refresh();
        })
        .catch(() => this.guard.safely(() => this.refresh()));
    }
    this.refresh();
  }

  /** The photos the composer of `session` will post: its previews, or what was picked while none show. */
  attachments(session: Session): Attachment[] {
    if (!session.spec || !this.enabled() || !session.editor.isConnected) return [];
    const scope = this.scopeOf(session);
    if (!scope) return [];
    const previews = previewsIn(this.guard.site, scope);
    // A photo picked outside any composer only starts its check early; only previews attach it.
    const picked = this.captured.filter((c) => !c.shown && c.scope?.contains(session.editor));
    if (!previews.length) return picked.map((c, i) => this.fromKey(c.key, c.name, `picked:${i}`));
    return previews.map((preview, i) => this.fromPreview(preview, i, picked));
  }

  /** The session's composer scope, kept while it still holds the editor (asked on every render). */
  private scopeOf(session: Session): Element | null {
    const known = this.scopes.get(session);
    if (known?.isConnected && known.contains(session.editor)) return known;
    const scope = session.spec && attachmentScope(this.guard.site, session.editor, session.spec);
    if (scope) this.scopes.set(session, scope);
    return scope;
  }

  private fromKey(key: string | null, name: string, pendingKey: string, note?: string): Attachment {
    const entry = key ? this.analyses.get(key) : undefined;
    return { key: key ?? pendingKey, name: entry?.name ?? name, entry, note };
  }

  private fromPreview(preview: HTMLImageElement, index: number, picked: Captured[]): Attachment {
    const fallbackName = preview.alt || `photo ${index + 1}`;
    const url = readablePreviewUrl(preview);
    const known = url ? this.sources.get(url) : null;
    if (url && (known === undefined || known === READING)) {
      if (known === undefined) this.read(url, fallbackName);
      return { key: `reading:${url}`, name: fallbackName };
    }
    if (known) {
      // Wherever it was picked, this photo is now shown here: from now on its preview says whether it is attached.
      for (const c of this.captured) if (c.key === known) c.shown = true;
      return this.fromKey(known, fallbackName, '');
    }
    // A preview that cannot be read on the device (a server URL): the photo picked for it, in order.
    const match = picked.find((c) => !c.shown);
    if (match) {
      match.shown = true;
      return this.fromKey(match.key, match.name, `picked:${index}`);
    }
    return { key: `unreadable:${index}`, name: fallbackName, note: t('images.unreadable') };
  }

  /** Read a preview's bytes (a blob: or data: URL: the picked file, already on the device) and check them. */
  private read(url: string, name: string): void {
    if (this.sources.size >= KEEP_SOURCES) this.sources.delete(this.sources.keys().next().value as string);
    this.sources.set(url, READING);
    fetch(url)
      .then((response) => response.blob())
      .then(async (blob) => this.analyses.add(new Uint8Array(await blob.arrayBuffer()), name, blob.type))
      .then(
        (key) => this.sources.set(url, key),
        () => this.sources.set(url, null),
      )
      .finally(() => this.guard.safely(() => this.refresh()));
  }

  /** Findings from the session's photos for the acting identity; remembers what was checked. */
  findings(session: Session, identity: Identity): Finding[] {
    const list = this.attachments(session);
    this.signatures.set(session, signature(list));
    const context = {
      platform: this.guard.site.platform,
      account: identity.district ? 'district' : 'personal',
      surface: session.spec?.surface ?? 'post',
    } as const;
    const settings = this.guard.settings();
    return list
      .flatMap((a) => (a.entry ? this.analyses.findings(a.entry, context, settings) : []))
      .filter((finding) => !this.guard.dismissed.has(dismissalKey(finding, '')));
  }

  /** "Checking photo 2 of 3" for the given editors' composers, or null when every photo is checked. */
  progress(editors: readonly HTMLElement[]): Progress | null {
    return progressOf(this.listFor(editors));
  }

  /** "Could not check this image" notes for the given editors' photos (they never block posting). */
  notes(editors: readonly HTMLElement[]): string[] {
    return notesOf(this.listFor(editors));
  }

  /** Progress, notes and how many photos were checked (a sign the check ran, named by the badge). */
  status(editors: readonly HTMLElement[]): { checking: Progress | null; notes: string[]; checked: number } {
    const list = this.listFor(editors);
    const checked = list.filter((a) => a.entry?.done && !a.entry.note).length;
    return { checking: progressOf(list), notes: notesOf(list), checked };
  }

  /** What is attached, as a key for "already reviewed exactly this". */
  keys(editors: readonly HTMLElement[]): string {
    return signature(this.listFor(editors));
  }

  private listFor(editors: readonly HTMLElement[]): Attachment[] {
    const seen = new Set<string>();
    return editors
      .flatMap((editor) => this.attachments(this.guard.sessionFor(editor)))
      .filter((a) => !seen.has(a.key) && seen.add(a.key));
  }

  /** A submit went through: photos picked for these composers are posted with it (previews say the rest). */
  posted(editors: readonly HTMLElement[]): void {
    this.captured = this.captured.filter((c) => !c.scope || !editors.some((e) => c.scope?.contains(e)));
  }

  /** Something changed (a check finished, a preview appeared or went): re-check soon. */
  refresh(): void {
    this.scanAfter(0);
  }

  /** The page changed: previews may have appeared or been removed (looked at a few times a second at most). */
  onPageChange(): void {
    if (this.enabled()) this.scanAfter(SCAN_MS);
  }

  /** One pending scan at a time: a scan already due covers this change too. */
  private scanAfter(ms: number): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.guard.safely(() => this.scan());
    }, ms);
  }

  private scan(): void {
    if (!this.enabled()) return;
    const { guard } = this;
    this.captured = this.captured.filter((c) => !c.scope || c.scope.isConnected).slice(-KEEP_CAPTURED);
    const previews = allPreviews(guard.site, guard.doc);
    // Nothing attached anywhere, now or at the last look: nothing to do (the usual case while typing).
    if (!previews.length && !this.captured.length && !this.attachedBefore) return;
    // Composers that gained photos without their editor being focused (the Instagram caption comes later).
    const scopes = new Set<Element>();
    for (const c of this.captured) if (c.scope && !c.shown) scopes.add(c.scope);
    for (const preview of previews) {
      const scope = scopeOfTarget(guard.site, preview);
      if (scope) scopes.add(scope);
    }
    for (const scope of scopes) for (const editor of editorsIn(guard.site, scope)) guard.sessionFor(editor);
    this.attachedBefore = false;
    for (const session of [...guard.sessions.values()]) {
      const list = this.attachments(session);
      if (list.length) this.attachedBefore = true;
      if (signature(list) === (this.signatures.get(session) ?? '')) continue;
      guard.checkNow(session);
      const active = guard.active;
      if (list.length && (!active?.editor.isConnected || !this.attachments(active).length)) guard.activate(session);
    }
    guard.reportStatus();
    guard.submit.imagesChanged();
  }
}
