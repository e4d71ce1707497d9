/**
 * The composer guard and the friend/follow request guard on X, Facebook and Instagram. Runs at
 * document_start so their window capture listeners are registered before the site's own scripts (and so
 * run first).
 */
import { ComposerGuard } from '@/lib/content/guard';
import { appendDecision } from '@/lib/log';
import { sendMessage } from '@/lib/messaging';
import { RequestGuard } from '@/lib/requests/guard';
import { RequestMemory } from '@/lib/requests/store';
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
    ctx.onInvalidated(guard.start());
    // Friend and follow requests: the same settings (followed by the composer guard) and decision log.
    const requests = new RequestGuard(site, document, {
      settings: () => guard.settings(),
      identity: () => guard.identity(null),
      log: appendDecision,
      memory: new RequestMemory(),
    });
    ctx.onInvalidated(requests.start());
  },
});
