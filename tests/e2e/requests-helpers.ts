/**
 * Helpers for the request guard's browser tests: the fixture people, what the pages' own request handlers
 * received, Preflight's prompt (in its own shadow root), stored request data, axe-core on the prompt, and
 * keyboard moves. Waits are on conditions only.
 */
import { createRequire } from 'node:module';
import type { Locator, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { CURRENT_CLASS, PEOPLE, type Person } from '../fixtures/sites/src/requesters';
import type { Harness } from './harness';

export { CURRENT_CLASS };

export const CLAUSE_TEXT =
  'Refrain from accepting current District students as friends, followers, or contacts on personal social media sites.';

export function person(key: string): Person {
  const found = PEOPLE.find((p) => p.key === key);
  if (!found) throw new Error(`no fixture person ${key}`);
  return found;
}

export interface RequestCall {
  action: 'accept' | 'decline' | 'send';
  person: string;
}

export function calls(page: Page): Promise<RequestCall[]> {
  return page.evaluate(() => window.__fixture.requests.slice());
}

export async function openFixture(harness: Harness, url: string): Promise<Page> {
  const page = await harness.newPage();
  await page.goto(url);
  await page.waitForFunction(() => !!window.__fixture);
  return page;
}

/** Preflight's request prompt: a dialog with an accessible name, in the extension's shadow root. */
export function prompt(page: Page): Locator {
  return page.getByRole('dialog', { name: /^(Accept a request from|Send a request to|¿Aceptar|¿Enviar)/ });
}

export function promptCount(page: Page): Promise<number> {
  return page.locator('preflight-requests').locator('dialog[open]').count();
}

export function liveRegion(page: Page): Locator {
  return page.locator('preflight-requests [role="status"][aria-live="polite"]');
}

/** What a click on a request control led to: Preflight's prompt, or a call of the page's own handler. */
export async function outcomeOf(page: Page, before: number): Promise<'prompt' | 'call'> {
  let result: 'prompt' | 'call' | null = null;
  await expect
    .poll(async () => {
      if (await promptCount(page)) result = 'prompt';
      else if ((await calls(page)).length > before) result = 'call';
      return result;
    })
    .not.toBeNull();
  return result as unknown as 'prompt' | 'call';
}

/** The element focused inside the prompt's shadow root, as `tag:text`. */
export function focusedInPrompt(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('preflight-requests');
    if (!host || document.activeElement !== host) return null;
    const active = host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!active) return null;
    const label = active.tagName === 'INPUT' ? (active.parentElement?.textContent ?? '') : (active.textContent ?? '');
    return `${active.tagName.toLowerCase()}:${label.trim()}`;
  });
}

/** Press Tab until `target` has focus (keyboard only), failing after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

/** Press Tab inside the prompt until the control described as `tag:text` has focus. */
export async function tabInPromptTo(page: Page, described: string, max = 8): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedInPrompt(page)) === described) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${described} in the prompt`);
}

interface ChromeApi {
  storage: {
    local: {
      get(key: string | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
    sync: { get(key: string | null): Promise<Record<string, unknown>> };
    managed: { get(key: string | null): Promise<Record<string, unknown>> };
  };
}
declare const chrome: ChromeApi;

async function worker(harness: Harness): Promise<Worker> {
  return harness.context.serviceWorkers()[0] ?? (await harness.context.waitForEvent('serviceworker'));
}

/**
 * The browser's first read of managed (administrator) storage in a fresh profile is slow (seconds, more on
 * a loaded machine), and every content script waits for it before applying stored settings. Reading it
 * once from the service worker first makes the pages' reads quick.
 */
export async function warmManagedStorage(harness: Harness): Promise<void> {
  await (await worker(harness)).evaluate(() => chrome.storage.managed.get(null).catch(() => ({})));
}

export async function storageLocal(harness: Harness): Promise<Record<string, unknown>> {
  return (await worker(harness)).evaluate(() => chrome.storage.local.get(null));
}

export async function storageSync(harness: Harness): Promise<Record<string, unknown>> {
  return (await worker(harness)).evaluate(() => chrome.storage.sync.get(null));
}

/** Back to a fresh profile's request state: default settings, no roster, no remembered people, no log. */
export async function resetRequestState(harness: Harness): Promise<void> {
  await (await worker(harness)).evaluate(() =>
    chrome.storage.local.remove(['settings', 'requestRoster', 'requestRemembered', 'decisionLog']),
  );
}

export async function setRequestMode(harness: Harness, mode: 'always' | 'signal' | 'off'): Promise<void> {
  await (await worker(harness)).evaluate(
    (value) => chrome.storage.local.set({ settings: { requests: { mode: value } } }),
    mode,
  );
}

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** axe-core violations inside the request prompt (in its shadow root). */
export async function promptAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; help: string; nodes: { target: unknown }[] }[];
    }
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run(
      { include: [{ fromShadowDom: ['preflight-requests', 'dialog'] }] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`);
  });
}
