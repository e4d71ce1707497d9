/**
 * Background side of the tab status: content scripts report their tab's status, the toolbar badge shows
 * it per tab (finding count, "on", or "off" with the reason in the tooltip), and the popup asks for it.
 * Statuses survive the service worker being stopped (session storage, never synced or written to disk).
 */
import { browser } from 'wxt/browser';
import { resolveLanguage, setLanguage, t, tn } from '../i18n';
import { onMessage, type TabStatus } from '../messaging';
import { liveSettings } from '../settings/live';
import { SITES } from '../sites';

const COLORS = { block: '#B00020', warn: '#8A4B00', info: '#1A56A0', clear: '#1D6B30', off: '#5F6368' } as const;
const statuses = new Map<number, TabStatus>();
const key = (tabId: number) => `tabStatus:${tabId}`;

function fromSupportedSite(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const host = new URL(url).hostname;
    return SITES.some((site) => site.hosts.includes(host));
  } catch {
    return false;
  }
}

export function badgeFor(status: TabStatus): { text: string; color: string; title: string } {
  if (!status.active) {
    return {
      text: t('toolbar.off'),
      color: COLORS.off,
      title: t('toolbar.title.inactive', { reason: status.reason ?? '' }),
    };
  }
  if (status.checking) {
    // Progress first: the count may still grow ("2/3", with the findings so far in the tooltip).
    const { index, total } = status.checking;
    const findings = status.findings > 0 ? ` ${tn('toolbar.title.findings', status.findings)}` : '';
    return {
      text: `${index}/${total}`,
      color: COLORS[status.findings > 0 ? (status.worst ?? 'warn') : 'info'],
      title: `${t('toolbar.title.checking', { index, total })}${findings}`,
    };
  }
  if (status.findings > 0) {
    return {
      text: String(status.findings),
      color: COLORS[status.worst ?? 'warn'],
      title: tn('toolbar.title.findings', status.findings),
    };
  }
  return { text: t('toolbar.on'), color: COLORS.clear, title: t('toolbar.title.active') };
}

async function paint(tabId: number, status: TabStatus): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const settings = await liveSettings().catch(() => null);
  if (settings) setLanguage(resolveLanguage(settings.settings.language, navigator.languages));
  const badge = badgeFor(status);
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
}

export function registerTabStatusHandlers(): void {
  // Settings (for the badge language) are read once now and then followed, never per message.
  void liveSettings().catch(() => undefined);
  onMessage('reportTabStatus', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    // Only a content script of this extension, running in a tab of a supported site, may set a tab's status.
    if (tabId === undefined || sender.id !== browser.runtime.id || !fromSupportedSite(sender.tab?.url ?? sender.url))
      return;
    statuses.set(tabId, data);
    await browser.storage.session?.set({ [key(tabId)]: data }).catch(() => undefined);
    await paint(tabId, data).catch(() => undefined);
  });
  onMessage('getTabStatus', async ({ data: tabId }) => {
    const known = statuses.get(tabId);
    if (known) return known;
    const stored = await browser.storage.session?.get(key(tabId)).catch(() => undefined);
    return (stored?.[key(tabId)] as TabStatus | undefined) ?? null;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    statuses.delete(tabId);
    browser.storage.session?.remove(key(tabId)).catch(() => undefined);
  });
}
