/**
 * Shared browser-test harness: Debian Chromium (headless) with the built extension loaded, pages served
 * under the real site URLs by request routing, and every request the test did not fulfil recorded and
 * aborted, so the suite can prove the extension makes no network requests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Request } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Requests that no route fulfilled (aborted). Tests assert this stays empty. */
  unexpectedRequests: { url: string; initiator: string }[];
  /** Serve `body` as HTML (or `contentType`) at every URL matching `pattern`. */
  serve(pattern: string, body: string | ((url: URL) => string), contentType?: string): Promise<void>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** The page or worker that made a request (service-worker requests have no frame, and `frame()` throws). */
function initiatorOf(request: Request): string {
  try {
    return request.frame()?.url() ?? '';
  } catch {
    return request.serviceWorker()?.url() ?? 'service worker';
  }
}

export async function launch(options: { extraArgs?: string[]; extensionDir?: string } = {}): Promise<Harness> {
  const profile = mkdtempSync(join(tmpdir(), 'preflight-e2e-'));
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.extraArgs ?? []),
    ],
  });
  const unexpectedRequests: Harness['unexpectedRequests'] = [];
  const routed = new Set<string>();
  // Anything not served by a test is recorded and aborted: the extension must make no requests at all.
  await context.route('**/*', (route) => {
    const request: Request = route.request();
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    unexpectedRequests.push({ url, initiator: initiatorOf(request) });
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    unexpectedRequests,
    async serve(pattern, body, contentType = 'text/html; charset=utf-8') {
      routed.add(pattern);
      await context.route(pattern, (route) => {
        const text = typeof body === 'function' ? body(new URL(route.request().url())) : body;
        return route.fulfill({ status: 200, contentType, body: text });
      });
    },
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
