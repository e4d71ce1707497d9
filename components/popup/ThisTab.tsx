/** Asks the background for the status the active tab's content script reported. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { type TabState, TabStatusView } from './TabStatusView';
import { siteOfUrl } from './tab-site';

/** `popup.html?tab=<id>` inspects a given tab (used when the popup is opened as a page, e.g. in tests). */
async function targetTab(): Promise<{ id?: number; url?: string } | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return browser.tabs.get(Number(param));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export async function loadTabState(): Promise<TabState> {
  const tab = await targetTab().catch(() => undefined);
  const site = siteOfUrl(tab?.url);
  if (tab?.id === undefined) return { kind: 'unsupported' };
  // No answer (no content script yet, or the background is restarting) is reported, not thrown.
  const status = await sendMessage('getTabStatus', tab.id).catch(() => null);
  if (status) return { kind: 'status', status };
  return site ? { kind: 'silent', site } : { kind: 'unsupported' };
}

export function ThisTab() {
  const [state, setState] = useState<TabState>({ kind: 'loading' });
  useEffect(() => {
    void loadTabState().then(setState);
  }, []);
  return <TabStatusView state={state} />;
}
