/**
 * Serves the built site fixtures beneath the real site URLs (https://x.com/..., https://www.facebook.com/...,
 * https://www.instagram.com/...), so the extension's real match patterns apply. Any path under the asset
 * prefix is a file from dist/; every other path is the site's single-page app, which routes on the URL.
 */
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { ensureSiteFixtures } from '../fixtures/sites/build';
import type { Harness } from './harness';

export type SiteId = 'x' | 'facebook' | 'instagram';

const ORIGINS: Record<SiteId, string[]> = {
  x: ['https://x.com', 'https://twitter.com', 'https://mobile.x.com'],
  facebook: ['https://www.facebook.com', 'https://web.facebook.com'],
  instagram: ['https://www.instagram.com'],
};

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json',
};

export async function serveSites(harness: Harness): Promise<void> {
  const dist = await ensureSiteFixtures();
  for (const [site, origins] of Object.entries(ORIGINS)) {
    let page = '';
    try {
      page = readFileSync(join(dist, `${site}.html`), 'utf8');
    } catch {
      continue;
    }
    for (const origin of origins) {
      await harness.context.route(`${origin}/**`, (route) => {
        const url = new URL(route.request().url());
        if (!url.pathname.startsWith('/__fixture__/')) {
          return route.fulfill({ status: 200, contentType: TYPES['.html'], body: page });
        }
        const file = normalize(join(dist, url.pathname.slice('/__fixture__/'.length)));
        if (!file.startsWith(dist)) return route.fulfill({ status: 404, body: '' });
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
      });
    }
  }
}
