/**
 * A change made in the options page reaches an open composer without reloading it: political text posted
 * from a personal X handle goes through; once that handle is added as a District account through the
 * options page's own field, the same text in the same (never reloaded) page is held for review.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { findingsFor, openPage, reviewDialog, startSites, submissions, TEXT, waitForCheck } from './composer-helpers';
import { type Harness, launch } from './harness';
import { storedSettings } from './ui-helpers';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
  await startSites(harness);
});
afterAll(async () => {
  await harness?.close();
});

const editor = (p: Page) => p.locator('[data-testid="tweetTextarea_0"]');
const post = (p: Page) => p.locator('[data-testid="tweetButtonInline"]');

async function typePost(composer: Page, text: string, findings: number): Promise<void> {
  await editor(composer).click();
  await composer.keyboard.type(text);
  await waitForCheck(composer, findings);
}

test('adding the signed-in handle as a District account in options holds political text in the open composer', async () => {
  const districtFindings = findingsFor(TEXT.political, { account: 'district' });
  expect(findingsFor(TEXT.political, { account: 'personal' })).toEqual([]);
  expect(districtFindings.map((f) => f.category)).toContain('political');

  const composer = await openPage(harness, 'https://x.com/home?handle=jordan_teaches');
  // A marker that a reload would wipe: the page must stay the same document throughout.
  await composer.evaluate(() => {
    (window as unknown as { __notReloaded: boolean }).__notReloaded = true;
  });
  await typePost(composer, TEXT.political, 0);
  await post(composer).click();
  await expect.poll(() => submissions(composer)).toEqual([{ surface: 'x-home', text: TEXT.political }]);
  expect(await reviewDialog(composer).count()).toBe(0);

  // Type it again (still a personal account), then change the settings while the draft is open.
  await typePost(composer, TEXT.political, 0);
  const options = await harness.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options.html`);
  const handles = options.getByLabel('X handles');
  await handles.waitFor();
  const before = await handles.inputValue();
  expect(before).not.toMatch(/jordan_teaches/i);
  await handles.fill(`${before.trimEnd()}\n@jordan_teaches`.trimStart());
  await expect.poll(() => options.getByTestId('save-status').getAttribute('data-status')).toBe('saved');
  await expect
    .poll(async () => ((await storedSettings(options))?.accounts as { x: string[] } | undefined)?.x)
    .toContain('@jordan_teaches');
  await options.close();

  // The open draft is re-checked under the new settings without a keystroke, and Post is now held.
  await waitForCheck(composer, districtFindings.length);
  await post(composer).click();
  await expect
    .poll(() => reviewDialog(composer).innerText())
    .toContain('Posting as @jordan_teaches (District account)');
  expect(await reviewDialog(composer).innerText()).toContain('Political advocacy');
  expect(await submissions(composer)).toHaveLength(1);
  expect(await composer.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
});

test('the extension made no network requests', () => {
  expect(harness.unexpectedRequests).toEqual([]);
});
