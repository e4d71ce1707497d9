// Chromium's offscreen document: hosts the image analysis (models stay loaded while it is open).
import { browser } from 'wxt/browser';
import { analyzeRequest } from '@/lib/images/browser/analyzer';
import { onMessage, sendMessage } from '@/lib/messaging';

onMessage('offscreenAnalyzeImage', ({ data, sender }) => {
  if (sender.id !== browser.runtime.id) throw new Error('Only Preflight can ask for image checks.');
  return analyzeRequest(data.request, data.settings, (progress) => {
    void sendMessage('imageAnalysisProgress', progress).catch(() => undefined);
  });
});
