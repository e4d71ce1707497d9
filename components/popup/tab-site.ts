/**
 * Which supported site a tab's URL belongs to, for the popup to tell "not a supported site" from
 * "supported but not active" when the content script has not reported. Mirrors SITE_HOSTS in
 * wxt.config.ts; switch to lib/sites/ once the composer branch (site registry) is merged.
 */
import type { TabStatus } from '@/lib/messaging';

const HOSTS: Record<string, NonNullable<TabStatus['site']>> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.x.com': 'x',
  'mobile.twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'www.instagram.com': 'instagram',
};

export function siteOfUrl(url: string | undefined): TabStatus['site'] {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return HOSTS[parsed.hostname] ?? null;
  } catch {
    return null;
  }
}
