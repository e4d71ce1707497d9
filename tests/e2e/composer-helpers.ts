/**
 * Helpers for the composer browser tests: open a fixture page under its real URL, read what the page's
 * own submit handlers received, read Preflight's marks (CSS highlights or overlay boxes), its dialog,
 * the toolbar badge and the decision log, run axe-core, and save screenshots.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Locator, Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { check } from '../../lib/checker';
import type { CheckContext, Finding } from '../../lib/checker/types';
import { type Harness, launch } from './harness';
import { serveSites } from './sites';

export const SCREENSHOTS = join('test-results', 'screenshots');

export const TEXT = {
  derogatory: 'You are a f***ing idiot',
  confidential: 'call me about student 2019-33417',
  political: 'Vote YES on Measure C on November 5!',
  clean: 'Picture day is tomorrow!',
} as const;

/**
 * What the checker finds in `text` (default settings). The browser tests compare the page against this,
 * so they follow the rules as they evolve while still failing if marks, holds or fixes go wrong.
 */
export function findingsFor(text: string, context: Partial<CheckContext> = {}): Finding[] {
  return check(text, { platform: 'x', account: 'personal', surface: 'post', ...context });
}

/** The CSS highlight texts the marks should show, by highlight name. */
export function expectedMarks(text: string, findings: readonly Finding[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const finding of findings) {
    const name = `preflight-${finding.severity}`;
    out[name] = [...(out[name] ?? []), text.slice(finding.start, finding.end)];
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** `text` after applying `finding`'s fix. */
export function fixed(text: string, finding: Finding): string {
  return text.slice(0, finding.start) + (finding.fix?.replacement ?? '') + text.slice(finding.end);
}

/** The first finding of `category` (tests pick the finding they act on by category). */
export function first(findings: readonly Finding[], category: Finding['category']): Finding {
  const found = findings.find((finding) => finding.category === category);
  if (!found) throw new Error(`the checker found no ${category} finding`);
  return found;
}

export async function startSites(harness: Harness): Promise<void> {
  await serveSites(harness);
}

/**
 * One browser for the test file with the site fixtures served (`onLaunch` receives it), and the test's
 * page (`current`) closed after each test.
 */
export function withSites(onLaunch: (harness: Harness) => void, current: () => Page | undefined): void {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await launch();
    await startSites(harness);
    onLaunch(harness);
  });
  afterEach(async () => {
    await current()?.close();
  });
  afterAll(async () => {
    await harness?.close();
  });
}

export async function openPage(harness: Harness, url: string): Promise<Page> {
  const page = await harness.newPage();
  await page.goto(url);
  await page.waitForFunction(() => !!window.__fixture);
  return page;
}

export interface Submission {
  surface: string;
  text: string;
}

export function submissions(page: Page): Promise<Submission[]> {
  return page.evaluate(() => window.__fixture.submissions.slice());
}

/** Texts painted as marks, by severity: CSS Custom Highlight ranges plus overlay boxes' count. */
export function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      out[name] = [...(highlight as unknown as Set<Range>)].map((range) => range.toString()).sort();
    }
    return out;
  });
}

export function markBoxes(page: Page): Locator {
  return page.locator('preflight-overlay .pf-mark');
}

export function reviewDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: /Check before posting|Revisar antes de publicar/ });
}

export function card(page: Page): Locator {
  return page.locator('preflight-overlay .pf-card');
}

export function badge(page: Page): Locator {
  return page.locator('preflight-overlay .pf-badge');
}

export function liveRegion(page: Page): Locator {
  return page.locator('preflight-overlay [role="status"][aria-live="polite"]');
}

/** The element focused inside Preflight's shadow root, described for assertions. */
export function focusedInOverlay(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('preflight-overlay');
    if (document.activeElement !== host) return null;
    const active = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return active ? `${active.tagName.toLowerCase()}:${active.textContent?.trim() ?? ''}` : null;
  });
}

/** The few extension APIs the tests call inside the service worker. */
interface ChromeApi {
  tabs: { query(query: { url: string }): Promise<{ id?: number }[]> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
}
declare const chrome: ChromeApi;

async function worker(harness: Harness): Promise<Worker> {
  return harness.context.serviceWorkers()[0] ?? (await harness.context.waitForEvent('serviceworker'));
}

/** The toolbar badge text and title of the tab showing `page`. */
export async function toolbarBadge(harness: Harness, page: Page): Promise<{ text: string; title: string }> {
  const url = page.url();
  return (await worker(harness)).evaluate(async (target) => {
    const [tab] = await chrome.tabs.query({ url: `${target.split('#')[0].split('?')[0]}*` });
    if (!tab?.id) return { text: '', title: '' };
    return {
      text: await chrome.action.getBadgeText({ tabId: tab.id }),
      title: await chrome.action.getTitle({ tabId: tab.id }),
    };
  }, url);
}

/** Store local settings (as the options page would); the content script picks them up through its watcher. */
export async function setSettings(harness: Harness, settings: Record<string, unknown> | null): Promise<void> {
  await (await worker(harness)).evaluate(async (value) => {
    if (value) await chrome.storage.local.set({ settings: value });
    else await chrome.storage.local.remove('settings');
  }, settings);
}

export async function decisionLog(harness: Harness): Promise<Record<string, unknown>[]> {
  return (await worker(harness)).evaluate(async () => {
    const stored = await chrome.storage.local.get('decisionLog');
    return (stored.decisionLog as Record<string, unknown>[] | undefined) ?? [];
  });
}

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** axe-core violations inside Preflight's overlay element matching `selector` (in its shadow root). */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (inner) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: { id: string; help: string; nodes: { target: unknown }[] }[];
    }
    const result = await axe.run(
      { include: [{ fromShadowDom: ['preflight-overlay', inner] }] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`);
  }, selector);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Wait until the guard has checked what was typed (the badge shows the expected count). */
export async function waitForCheck(page: Page, count: number): Promise<void> {
  await expect
    .poll(() => badge(page).getAttribute('aria-label'), { timeout: 10_000 })
    .toMatch(
      count === 0
        ? /nothing to flag|nada que señalar/
        : count === 1
          ? /1 (finding|hallazgo)/
          : new RegExp(`${count} (findings|hallazgos)`),
    );
}
