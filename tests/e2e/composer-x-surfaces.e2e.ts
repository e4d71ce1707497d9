/**
 * The composer guard on the other X surfaces: a thread in the compose dialog whose button is re-created,
 * replies (dialog and inline), the mobile layout's textarea, and DMs (Chat textarea, legacy Draft.js box).
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  findingsFor,
  first,
  fixed,
  markBoxes,
  openPage,
  reviewDialog,
  screenshot,
  submissions,
  TEXT,
  waitForCheck,
  withSites,
} from './composer-helpers';
import type { Harness } from './harness';

let harness: Harness;
let page: Page;
withSites(
  (launched) => {
    harness = launched;
  },
  () => page,
);

const post = (p: Page) => p.locator('[data-testid="tweetButtonInline"]');

test('a thread in the compose dialog: every item is checked and the re-created button posts once', async () => {
  page = await openPage(harness, 'https://x.com/home');
  await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
  const dialog = page.locator('#layers [role="dialog"]');
  await dialog.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(TEXT.clean);
  await dialog.locator('[data-testid="addButton"]').click();
  await dialog.locator('[data-testid="tweetTextarea_1"]').click();
  await page.keyboard.type(TEXT.confidential);
  await waitForCheck(page, findingsFor(TEXT.confidential).length);
  await dialog.locator('[data-testid="tweetButton"]').click();
  await expect.poll(() => reviewDialog(page).innerText()).toContain('Confidential information');
  // X re-creates the button while the review is open; the decision must use the new one.
  const before = await dialog.locator('[data-testid="tweetButton"]').elementHandle();
  await page.evaluate(() => window.__fixture.recreateSubmit());
  await expect.poll(() => before?.evaluate((el) => el.isConnected)).toBe(false);
  await reviewDialog(page).getByRole('textbox', { name: /Why/ }).fill('Approved by the principal');
  await reviewDialog(page).getByRole('button', { name: 'Post anyway' }).click();
  await expect
    .poll(() => submissions(page))
    .toEqual([{ surface: 'x-dialog', text: `${TEXT.clean}\n---\n${TEXT.confidential}` }]);
});

test('replies (reply dialog with Cmd+Enter, inline reply with the Reply button) are held', async () => {
  page = await openPage(harness, 'https://x.com/CedarValleySch/status/1');
  await page.locator('[data-testid="reply"]').click();
  const dialog = page.locator('#layers [role="dialog"]');
  await dialog.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(TEXT.derogatory);
  await waitForCheck(page, findingsFor(TEXT.derogatory, { surface: 'reply' }).length);
  await page.keyboard.press('Meta+Enter');
  await reviewDialog(page).waitFor();
  await reviewDialog(page).getByRole('button', { name: 'Edit' }).click();
  await dialog.locator('[data-testid="app-bar-close"]').click();

  await page.locator('[data-testid="inline_reply_offscreen"] [data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(TEXT.confidential);
  await waitForCheck(page, findingsFor(TEXT.confidential, { surface: 'reply' }).length);
  await post(page).click();
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
});

test('the mobile layout (a native textarea) is held on Ctrl+Enter and on Post', async () => {
  page = await openPage(harness, 'https://mobile.x.com/home');
  await page.locator('main [data-testid="tweetTextarea_0"] textarea').click();
  await page.keyboard.type(TEXT.confidential);
  await page.keyboard.press('Control+Enter');
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="tweetButton"]').click();
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
});

test('DMs: the Chat textarea and the legacy Draft.js box are held on Enter and marked', async () => {
  page = await openPage(harness, 'https://x.com/messages');
  const chat = page.locator('textarea[data-testid="dm-composer-textarea"]');
  await chat.click();
  await page.keyboard.type(TEXT.confidential);
  const id = first(findingsFor(TEXT.confidential, { surface: 'message' }), 'confidential');
  await waitForCheck(page, findingsFor(TEXT.confidential, { surface: 'message' }).length);
  await expect.poll(() => markBoxes(page).count()).toBeGreaterThan(0);
  await screenshot(page, 'x-chat-marks');
  await page.keyboard.press('Enter');
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
  await reviewDialog(page).getByRole('button', { name: id.fix?.label }).click();
  await reviewDialog(page).getByRole('button', { name: 'Post', exact: true }).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-chat', text: fixed(TEXT.confidential, id) }]);

  await page.locator('[data-testid="dmComposerTextInput"]').click();
  await page.keyboard.type(TEXT.derogatory);
  await waitForCheck(page, findingsFor(TEXT.derogatory, { surface: 'message' }).length);
  await page.keyboard.press('Enter');
  await reviewDialog(page).waitFor();
  await reviewDialog(page).getByRole('checkbox').check();
  await reviewDialog(page).getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => submissions(page)).toHaveLength(2);
  expect((await submissions(page))[1]).toEqual({ surface: 'x-legacy-dm', text: TEXT.derogatory });
});

test('the extension made no network requests', () => {
  expect(harness.unexpectedRequests).toEqual([]);
});
