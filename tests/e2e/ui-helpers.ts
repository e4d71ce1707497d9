/** Helpers shared by the popup, options and admin browser tests. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core on the page as it is now (WCAG 2.x A/AA and best practices). Injected through the DevTools
 * protocol, which extension-page CSP does not block.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** The Chromium extension id a manifest `key` gives: SHA-256 of the key, first 32 hex digits mapped to a-p. */
export function extensionIdFromKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

export interface CliFinding {
  category: string;
  rule: string;
  clause: string;
  severity: string;
  start: number;
  end: number;
}

/** The CLI's findings for each record (`npm run --silent check -- --jsonl -`). */
export function cliFindings(
  records: { text: string; platform?: string; account?: string; surface?: string }[],
  settingsFile?: string,
): CliFinding[][] {
  const args = [
    '--silent',
    'run',
    'check',
    '--',
    '--jsonl',
    '-',
    ...(settingsFile ? ['--settings', settingsFile] : []),
  ];
  const result = spawnSync('npm', args, { input: records.map((r) => JSON.stringify(r)).join('\n'), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`check CLI failed: ${result.stderr}`);
  return result.stdout
    .trim()
    .split('\n')
    .map((line) =>
      (JSON.parse(line) as { findings: CliFinding[] }).findings.map(
        ({ category, rule, clause, severity, start, end }) => ({ category, rule, clause, severity, start, end }),
      ),
    );
}

/** The findings the popup's "Check text" shows, read from the DOM. */
export function shownFindings(page: Page): Promise<CliFinding[]> {
  return page.$$eval('.pf-finding', (items) =>
    items.map((li) => {
      const d = (li as HTMLElement).dataset;
      return {
        category: d.category ?? '',
        rule: d.rule ?? '',
        clause: d.clause ?? '',
        severity: d.severity ?? '',
        start: Number(d.start),
        end: Number(d.end),
      };
    }),
  );
}

/** The employee's saved settings, straight from extension storage. */
export function storedSettings(page: Page): Promise<Record<string, unknown> | null> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    return ((await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> }).settings ?? null;
  });
}

/** Write extension storage from an extension page (seeding a test). */
export function setStorage(page: Page, values: Record<string, unknown>): Promise<void> {
  return page.evaluate(async (items) => {
    const { chrome } = globalThis as unknown as ExtensionGlobals;
    await chrome.storage.local.set(items);
  }, values);
}

export interface ExtensionGlobals {
  chrome: {
    storage: { local: { get(key: string): Promise<unknown>; set(items: object): Promise<void> } };
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  };
}

/** Press Tab until `matches` holds for the focused element (keyboard-only navigation); fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Text of a file the page downloads when `trigger` runs. */
export async function downloadedText(
  page: Page,
  trigger: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** A small District policy document used by the options tests. */
export const OWN_POLICY = {
  title: 'Pine Ridge Staff Social Media Rules',
  language: 'en',
  revision: '2025',
  sections: [
    {
      id: 'staff',
      title: 'All staff',
      clauses: [
        {
          id: 'staff.mascot',
          text: 'Do not alter the cougar mascot artwork.',
          explanation: 'Mascot art is protected.',
          action: 'Use the official artwork.',
          keywords: ['cougar'],
          enforces: ['district-branding'],
        },
        {
          id: 'staff.language',
          text: 'No profanity.',
          explanation: 'Keep it clean.',
          action: 'Rephrase.',
          keywords: [],
          enforces: ['derogatory'],
        },
      ],
    },
  ],
};
