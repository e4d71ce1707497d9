/**
 * The one typed message protocol between content scripts, popup/options, background and the offscreen
 * document. Handlers check `sender` where it matters (a tab's status comes only from that tab).
 * Messages never carry post text except where a check must run elsewhere (image OCR runs offscreen
 * and its text never leaves the extension).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnalyzeImageRequest, ImageAnalysis, ImageProgress } from './images/types';
import type { Settings } from './settings/schema';

/** What the content script reports for its tab; the toolbar badge and popup's "This tab" show it. */
export interface TabStatus {
  site: 'x' | 'facebook' | 'instagram' | null;
  active: boolean;
  /** Plain-words reason when not active, e.g. "composer not recognised". */
  reason?: string;
  findings: number;
  worst?: 'block' | 'warn' | 'info';
  /** Acting identity, e.g. "@cedarvalleysch", and whether it is a District account. */
  identity?: { label: string; district: boolean };
  /** Attached photos still being checked: "Checking photo 2 of 3". */
  checking?: { index: number; total: number };
}

export interface ProtocolMap {
  /** Content script -> background: update this tab's status (badge). */
  reportTabStatus(status: TabStatus): void;
  /** Popup -> background: the status of a tab. */
  getTabStatus(tabId: number): TabStatus | null;
  /** Content script or extension page -> background: check one attached image (faces, text, logo). */
  analyzeImage(request: AnalyzeImageRequest): ImageAnalysis;
  /** Background -> offscreen document (Chromium): run the analysis there. */
  offscreenAnalyzeImage(input: { request: AnalyzeImageRequest; settings: Settings }): ImageAnalysis;
  /** Content script -> background: a photo is about to be attached; load the image models now. */
  warmUpImages(): void;
  /** Background -> offscreen document (Chromium): load the image models now. */
  offscreenWarmUp(): void;
  /** Analysis host -> background -> requesting tab: progress ("Checking photo 2 of 3"). */
  imageAnalysisProgress(progress: ImageProgress): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
