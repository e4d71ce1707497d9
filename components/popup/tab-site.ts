/**
 * Which supported site a tab's URL belongs to, for the popup to tell "not a supported site" from
 * "supported but not active" when the content script has not reported. The hosts come from the site
 * specs in lib/sites, the same data the manifest's match patterns are built from.
 */
import type { TabStatus } from '@/lib/messaging';
import { siteForHost } from '@/lib/sites';

export function siteOfUrl(url: string | undefined): TabStatus['site'] {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return siteForHost(parsed.hostname)?.platform ?? null;
  } catch {
    return null;
  }
}
