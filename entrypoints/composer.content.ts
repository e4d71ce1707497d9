/**
 * The composer guard on X, Facebook and Instagram. Runs at document_start so its window capture listeners
 * are registered before the site's own scripts (and so run first).
 */
import { ComposerGuard } from '@/lib/content/guard';
import { appendDecision } from '@/lib/log';
import { sendMessage } from '@/lib/messaging';
import { SITE_MATCHES, siteForHost } from '@/lib/sites';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    const site = siteForHost(location.hostname);
    if (!site) return;
    const guard = new ComposerGuard(site, document, {
      send: (status) => sendMessage('reportTabStatus', status),
      log: appendDecision,
    });
    const stop = guard.start();
    ctx.onInvalidated(stop);
  },
});
