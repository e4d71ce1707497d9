/**
 * The page's image checks, kept by content fingerprint: each attached photo is sent to the analysis (off
 * the page: offscreen document or background) once, one at a time, and the result is kept for as long as
 * the photo may still be posted. Findings are derived here from what the analysis saw, for the context of
 * the moment (account, surface, settings), so switching accounts needs no new analysis.
 */
import type { CheckContext, Finding } from '../checker/types';
import { couldNotCheck } from '../images/analyze';
import { imageFindings, type Observed } from '../images/findings';
import { sniffImage } from '../images/sniff';
import type { AnalyzeImageRequest, ImageAnalysis } from '../images/types';
import type { Settings } from '../settings/schema';
import { TimeoutError, withTimeout } from '../timeout';

export interface ImageEntry {
  /** Content fingerprint (SHA-256 prefix). */
  key: string;
  name: string;
  done: boolean;
  seen?: Observed;
  /** "Could not check this image: …" (the check failed or the file is not a checkable image). */
  note?: string;
}

/** Larger files are not sent for checking (runtime messages carry base64 text). */
export const MAX_CHECK_BYTES = 25 * 2 ** 20;
const KEEP_ENTRIES = 64;
/** The analysis has its own per-step limits; this only guards against a host that never answers. */
const ANSWER_TIMEOUT_MS = 300_000;

/** Findings that come from photos (no span in the post text): marks skip them. */
const IMAGE_FINDINGS = new WeakSet<Finding>();
export const isImageFinding = (finding: Finding) => IMAGE_FINDINGS.has(finding);

export async function fingerprint(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function toDataUrl(bytes: Uint8Array, type: string): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:${type || 'application/octet-stream'};base64,${btoa(binary)}`;
}

const CONTEXT: CheckContext = { platform: 'x', account: 'personal', surface: 'post' };

export class ImageAnalyses {
  private readonly entries = new Map<string, ImageEntry>();
  private readonly derived = new WeakMap<ImageEntry, { key: string; settings: Settings; findings: Finding[] }>();
  private chain: Promise<void> = Promise.resolve();
  private serial = 0;

  constructor(
    private readonly send: (request: AnalyzeImageRequest) => Promise<ImageAnalysis>,
    private readonly onSettled: (entry: ImageEntry) => void,
    private readonly answerTimeoutMs = ANSWER_TIMEOUT_MS,
  ) {}

  get(key: string): ImageEntry | undefined {
    return this.entries.get(key);
  }

  /** Check a photo once (by content); resolves to its key at once, the result comes through `onSettled`. */
  async add(bytes: Uint8Array, name: string, type: string): Promise<string> {
    const key = await fingerprint(bytes);
    const known = this.entries.get(key);
    if (known) {
      // The same photo again: keep it among the most recent, so a long session never evicts what is attached.
      this.entries.delete(key);
      this.entries.set(key, known);
      return key;
    }
    const entry: ImageEntry = { key, name, done: false };
    this.entries.set(key, entry);
    this.evict();
    const sniffed = sniffImage(bytes);
    if (!sniffed.ok) this.settle(entry, undefined, couldNotCheck(sniffed.reason));
    else if (bytes.length > MAX_CHECK_BYTES) this.settle(entry, undefined, couldNotCheck('the file is over 25 MB'));
    else this.chain = this.chain.then(() => this.run(entry, bytes, type));
    return key;
  }

  private async run(entry: ImageEntry, bytes: Uint8Array, type: string): Promise<void> {
    const request: AnalyzeImageRequest = {
      id: `${entry.key}-${++this.serial}`,
      name: entry.name,
      dataUrl: toDataUrl(bytes, type),
      context: CONTEXT,
    };
    try {
      const result = await withTimeout(this.send(request), this.answerTimeoutMs, 'the check did not finish');
      const { file, faces, text, logo } = result;
      this.settle(entry, { file, faces, text, logo }, result.error);
    } catch (e) {
      const reason = e instanceof TimeoutError ? e.message : 'the check failed';
      this.settle(entry, undefined, couldNotCheck(reason));
    }
  }

  private settle(entry: ImageEntry, seen: Observed | undefined, note: string | undefined): void {
    entry.done = true;
    entry.seen = seen && { ...seen, file: entry.name };
    entry.note = note;
    this.onSettled(entry);
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= KEEP_ENTRIES) return;
      if (entry.done) this.entries.delete(key);
    }
  }

  /** The entry's findings in `context` (kept while context and settings stay the same). */
  findings(entry: ImageEntry, context: CheckContext, settings: Settings): Finding[] {
    if (!entry.seen) return [];
    const key = `${context.platform}/${context.account}/${context.surface}`;
    const cached = this.derived.get(entry);
    if (cached?.key === key && cached.settings === settings) return cached.findings;
    const findings = imageFindings(entry.seen, context, settings).map((found) => {
      // Text findings carry offsets into the words read from the photo, not into the post: no span here.
      const { fix: _fix, ...rest } = found;
      const finding = { ...rest, start: 0, end: 0 } as Finding;
      IMAGE_FINDINGS.add(finding);
      return finding;
    });
    this.derived.set(entry, { key, settings, findings });
    return findings;
  }
}
