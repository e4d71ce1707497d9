// Chromium's offscreen document: hosts the image analysis (models stay loaded while it is open).
import { browser } from 'wxt/browser';
import { analyzeRequest } from '@/lib/images/browser/analyzer';
import { warmUp } from '@/lib/images/browser/engine';
import { onMessage, sendMessage } from '@/lib/messaging';

onMessage('offscreenAnalyzeImage', ({ data, sender }) => {
  if (sender.id !== browser.runtime.id) throw new Error('Only Preflight can ask for image checks.');
  return analyzeRequest(data.request, data.settings, (progress) => {
    void sendMessage('imageAnalysisProgress', progress).catch(() => undefined);
  });
});

// A photo is about to be attached: load the models (they stay loaded while this document is open).
onMessage('offscreenWarmUp', ({ sender }) => {
  if (sender.id !== browser.runtime.id) return;
  return warmUp().catch(() => undefined);
});
