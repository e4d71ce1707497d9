/** The site registry: adding a site is one spec file here plus fixtures. */
import { FACEBOOK_SITE } from './facebook';
import { INSTAGRAM_SITE } from './instagram';
import type { SiteSpec } from './types';
import { X_SITE } from './x';

export type * from './types';
export { FACEBOOK_SITE, INSTAGRAM_SITE, X_SITE };

export const SITES: readonly SiteSpec[] = [X_SITE, FACEBOOK_SITE, INSTAGRAM_SITE];

/** Manifest match patterns for every supported host (content scripts and host permissions). */
export const SITE_MATCHES: string[] = SITES.flatMap((site) => site.hosts.map((host) => `*://${host}/*`));

export function siteForHost(host: string): SiteSpec | null {
  return SITES.find((site) => site.hosts.includes(host.toLowerCase())) ?? null;
}
