/**
 * Background wiring for image checks: requests from content scripts and extension pages are analysed
 * in the offscreen document on Chromium (created on the first image, kept open so the models stay
 * warm) and in the background page itself on Firefox. Progress is relayed to the requesting tab.
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../../messaging';
import { liveSettings } from '../../settings/live';
import type { ImageProgress } from '../types';

const OFFSCREEN_URL = 'offscreen.html';
let creating: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never] });
  if (open.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['WORKERS' as never],
      justification: 'Checks attached images for faces, text and the District logo on this device.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

export function registerImageAnalysis(): void {
  const requesters = new Map<string, number>();
  const relay = (progress: ImageProgress) => {
    const tabId = requesters.get(progress.id);
    if (tabId !== undefined) void sendMessage('imageAnalysisProgress', progress, tabId).catch(() => undefined);
  };
  onMessage('analyzeImage', async ({ data, sender }) => {
    if (sender.id !== browser.runtime.id) throw new Error('Only Preflight can ask for image checks.');
    // Content scripts get progress relayed to their tab; extension pages already receive the broadcast.
    const fromPage = sender.url?.startsWith(browser.runtime.getURL('/'));
    if (sender.tab?.id !== undefined && !fromPage) requesters.set(data.id, sender.tab.id);
    try {
      // Read once and followed on change, not re-read (managed storage included) for every photo.
      const { settings } = await liveSettings();
      if (import.meta.env.FIREFOX) {
        const { analyzeRequest } = await import('./analyzer');
        return await analyzeRequest(data, settings, (progress) => {
          relay(progress);
          void sendMessage('imageAnalysisProgress', progress).catch(() => undefined);
        });
      }
      await ensureOffscreen();
      return await sendMessage('offscreenAnalyzeImage', { request: data, settings });
    } finally {
      requesters.delete(data.id);
    }
  });
  onMessage('warmUpImages', async ({ sender }) => {
    if (sender.id !== browser.runtime.id) return;
    if (import.meta.env.FIREFOX) {
      const { warmUp } = await import('./engine');
      await warmUp().catch(() => undefined);
      return;
    }
    await ensureOffscreen();
    await sendMessage('offscreenWarmUp', undefined).catch(() => undefined);
  });
  if (!import.meta.env.FIREFOX) {
    onMessage('imageAnalysisProgress', ({ data, sender }) => {
      if (sender.id === browser.runtime.id && !sender.tab) relay(data);
    });
  }
}
