/**
 * The options page in Chromium with the built extension: saving, validation, import/export, the policy
 * document, the decision log, keyboard-only use and axe-core. (That a change reaches an open composer
 * without reloading it: options-live.e2e.ts.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { axeViolations, OWN_POLICY, setStorage, shownFindings, storedSettings, tabTo } from './ui-helpers';

let h: Harness;
let page: Page;
const optionsUrl = () => `chrome-extension://${h.extensionId}/options.html`;
const status = () => page.getByTestId('save-status').getAttribute('data-status');

async function openOptions(): Promise<void> {
  await page.goto(optionsUrl());
  await page.locator('.options').waitFor();
}

beforeAll(async () => {
  h = await launch();
  page = await h.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await page.goto(optionsUrl());
  await page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
    ).chrome.storage.local.clear(),
  );
  await openOptions();
});

describe('saving', () => {
  test('an edit is validated and saved, and an open popup applies it without reloading', async () => {
    const popup = await h.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?view=check`);
    // The first read of administrator values takes seconds in a fresh profile; after it, changes apply at once.
    await expect
      .poll(() => popup.locator('.popup').getAttribute('data-settings'), { timeout: 15_000 })
      .toBe('complete');
    await popup.getByLabel('Paste or type a draft').fill('You are a f***ing idiot');
    await expect.poll(async () => (await shownFindings(popup)).map((f) => f.severity)).toEqual(['warn', 'warn']);

    await page.getByLabel('X handles').fill('@CedarValleySch\n@CVHSCougars');
    await expect.poll(status).toBe('saved');
    expect((await storedSettings(page))?.accounts).toMatchObject({ x: ['@CedarValleySch', '@CVHSCougars'] });
    await page.locator('tr[data-category="derogatory"] select').first().selectOption('block');
    await expect
      .poll(async () => ((await storedSettings(page))?.categories as Record<string, { mode: string }>)?.derogatory.mode)
      .toBe('block');
    await expect.poll(async () => (await shownFindings(popup)).map((f) => f.severity)).toEqual(['block', 'block']);
    await popup.close();
  });

  test('an invalid value is marked, explained and not saved', async () => {
    await page.getByLabel('X handles').fill('@Saved');
    await expect.poll(status).toBe('saved');
    const before = await storedSettings(page);
    const formats = page.getByLabel('Student ID formats');
    await formats.fill('\\d{7}\n([');
    await expect.poll(status).toBe('invalid');
    expect(await formats.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => page.locator('[data-path="studentIdFormats"] .error-text').innerText())
      .toMatch(/^Line 2: /);
    expect(await page.getByTestId('save-status').innerText()).toBe('Not saved: correct the marked field.');
    expect(await storedSettings(page)).toEqual(before);
    await formats.fill('\\d{7}\n\\d{3}-\\d{4}');
    await expect.poll(status).toBe('saved');
    expect((await storedSettings(page))?.studentIdFormats).toEqual(['\\d{7}', '\\d{3}-\\d{4}']);
    await page.getByLabel('Try an ID number').fill('123-4567');
    await expect.poll(() => page.locator('#id-tester + .hint').innerText()).toContain('Recognised as a student ID.');
  });
});

test('works by keyboard alone: edit, choose, and a dialog that traps focus, closes on Escape and restores focus', async () => {
  await tabTo(page, '#f-accounts-x');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('@CVHSCougars');
  await expect.poll(status).toBe('saved');
  expect((await storedSettings(page))?.accounts).toMatchObject({ x: ['@CedarValleySch', '@CVHSCougars'] });

  await tabTo(page, '#f-categories-political-mode');
  await page.keyboard.press('ArrowUp');
  await expect
    .poll(async () => ((await storedSettings(page))?.categories as Record<string, { mode: string }>)?.political.mode)
    .toBe('warn');

  await tabTo(page, '#reset-settings');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reset all settings?' });
  await dialog.waitFor();
  const inDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('dialog')));
  for (let i = 0; i < 4; i++) {
    expect(await inDialog()).toBe(true);
    await page.keyboard.press('Tab');
  }
  expect(await inDialog()).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reset-settings');
  expect((await storedSettings(page))?.accounts).toMatchObject({ x: ['@CedarValleySch', '@CVHSCougars'] });

  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reset to defaults');
  await page.keyboard.press('Enter');
  await expect.poll(() => storedSettings(page)).toBeNull();
  await expect.poll(() => page.getByLabel('X handles').inputValue()).toBe('@CedarValleySch');
});

test('axe-core finds no violations, also with errors, previews and results on the page', async () => {
  await expect.poll(() => page.getByTestId('save-status').getAttribute('data-admin-known')).toBe('true');
  const report: Record<string, unknown> = { initial: await axeViolations(page) };
  await page.getByLabel('Student ID formats').fill('([');
  await page
    .locator('#import-file')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
  await page.getByLabel('Or paste the policy JSON').fill(JSON.stringify(OWN_POLICY));
  await page.getByRole('button', { name: 'Check and preview' }).click();
  await page.getByTestId('policy-preview').waitFor();
  await setStorage(page, {
    decisionLog: [
      {
        time: 1,
        kind: 'edit',
        platform: 'instagram',
        account: 'personal',
        categories: ['confidential'],
        rules: ['student-id'],
      },
    ],
  });
  await page.locator('table.log').waitFor();
  report.busy = await axeViolations(page);
  expect(report).toEqual({ initial: [], busy: [] });
});

test('the options page made no network requests', () => {
  expect(h.unexpectedRequests).toEqual([]);
});
