/**
 * The composer guard on X (Draft.js fixture under https://x.com): marks, hold on Post and Ctrl+Enter,
 * Edit / Post anyway / Not a problem / fixes, identity-dependent findings, threads with a re-created
 * button, replies and DMs.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import {
  badge,
  card,
  decisionLog,
  highlights,
  liveRegion,
  markBoxes,
  openPage,
  reviewDialog,
  screenshot,
  startSites,
  submissions,
  TEXT,
  waitForCheck,
} from './composer-helpers';
import { type Harness, launch } from './harness';

let harness: Harness;
let page: Page;
beforeAll(async () => {
  harness = await launch();
  await startSites(harness);
});
afterEach(async () => {
  await page?.close();
});
afterAll(async () => {
  await harness?.close();
});

const editor = (p: Page, index = 0) => p.locator(`[data-testid="tweetTextarea_${index}"]`);
const editorText = (p: Page, index = 0) =>
  editor(p, index).evaluate((el) =>
    Array.from(el.querySelectorAll('[data-block="true"]'), (b) => b.textContent).join('\n'),
  );

async function compose(url: string, text: string, findings: number): Promise<Page> {
  page = await openPage(harness, url);
  await editor(page).click();
  await page.keyboard.type(text);
  await waitForCheck(page, findings);
  return page;
}

test('typing a violating post marks the flagged span and announces it', async () => {
  await compose('https://x.com/home', `Honestly, ${TEXT.derogatory}.`, 1);
  expect(await highlights(page)).toEqual({ 'preflight-warn': ['f***ing idiot'] });
  await expect.poll(() => liveRegion(page).textContent()).toMatch(/1 finding.*Derogatory/);
  await screenshot(page, 'x-marks');
});

test('Post is held for review and the page handler is not called', async () => {
  await compose('https://x.com/home', TEXT.derogatory, 1);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await reviewDialog(page).waitFor();
  await expect.poll(() => reviewDialog(page).innerText()).toContain('Derogatory or threatening language');
  await expect.poll(() => reviewDialog(page).innerText()).toContain('Posting as @jordan_teaches (personal account)');
  expect(await submissions(page)).toEqual([]);
  await screenshot(page, 'x-review');
});

test('Ctrl+Enter is held too, and Edit returns focus to the editor with the text intact', async () => {
  await compose('https://x.com/home', `Team, ${TEXT.derogatory}`, 1);
  await page.keyboard.press('Control+Enter');
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
  await reviewDialog(page).getByRole('button', { name: 'Edit' }).click();
  await reviewDialog(page).waitFor({ state: 'detached' });
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
    .toBe('tweetTextarea_0');
  expect(await editorText(page)).toBe(`Team, ${TEXT.derogatory}`);
  // The caret sits at the start of the flagged span: typing there lands before it.
  await page.keyboard.type('[');
  expect(await editorText(page)).toBe('Team, You are a [f***ing idiot');
  expect(await submissions(page)).toEqual([]);
});

test('Post anyway needs the acknowledgement, then posts exactly once with the text as typed', async () => {
  await compose('https://x.com/home', TEXT.derogatory, 1);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  const dialog = reviewDialog(page);
  const postAnyway = dialog.getByRole('button', { name: 'Post anyway' });
  expect(await postAnyway.isDisabled()).toBe(true);
  await dialog.getByRole('checkbox', { name: /I have read the policy/ }).check();
  await postAnyway.click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-home', text: TEXT.derogatory }]);
  const log = await decisionLog(harness);
  const last = log[log.length - 1];
  expect(last).toMatchObject({ kind: 'override', platform: 'x', account: 'personal', categories: ['derogatory'] });
  expect(JSON.stringify(log)).not.toContain('idiot');
});

test('a written reason is required where settings ask for one, and is logged without the post', async () => {
  await compose('https://x.com/home', TEXT.confidential, 1);
  await page.keyboard.press('Control+Enter');
  const dialog = reviewDialog(page);
  const postAnyway = dialog.getByRole('button', { name: 'Post anyway' });
  expect(await postAnyway.isDisabled()).toBe(true);
  await dialog.getByRole('textbox', { name: /Why is this post appropriate/ }).fill('Parent asked for a call back');
  await postAnyway.click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-home', text: TEXT.confidential }]);
  const log = await decisionLog(harness);
  expect(log[log.length - 1]).toMatchObject({ kind: 'override', reason: 'Parent asked for a call back' });
  expect(JSON.stringify(log)).not.toContain('2019-33417');
});

test('a fix from the review dialog goes through Draft.js, and the handler receives the fixed text', async () => {
  await compose('https://x.com/home', `Please ${TEXT.confidential} today`, 1);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await reviewDialog(page).getByRole('button', { name: 'Mask the ID' }).click();
  await expect.poll(() => reviewDialog(page).innerText()).toContain('Everything flagged is fixed');
  expect(await editorText(page)).toBe('Please call me about student ####-##### today');
  await reviewDialog(page).getByRole('button', { name: 'Post', exact: true }).click();
  await expect
    .poll(() => submissions(page))
    .toEqual([{ surface: 'x-home', text: 'Please call me about student ####-##### today' }]);
});

test('a clean post goes straight through with no dialog', async () => {
  await compose('https://x.com/home', TEXT.clean, 0);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-home', text: TEXT.clean }]);
  await reviewDialog(page).waitFor({ state: 'detached' });
  expect(await highlights(page)).toEqual({});
});

test('political text is held on the District account and not on a personal account', async () => {
  await compose('https://x.com/home?handle=CedarValleySch', TEXT.political, 1);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => reviewDialog(page).innerText()).toContain('Posting as @CedarValleySch (District account)');
  await expect.poll(() => reviewDialog(page).innerText()).toContain('Political advocacy');
  expect(await submissions(page)).toEqual([]);
  await page.close();

  await compose('https://x.com/home?handle=jordan_teaches', TEXT.political, 0);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-home', text: TEXT.political }]);
  await reviewDialog(page).waitFor({ state: 'detached' });
});

test('the account is read again at Post: switching to the District account holds political text', async () => {
  await compose('https://x.com/home', TEXT.political, 0);
  await page.evaluate(() => window.__fixture.hooks.switchAccount('CedarValleySch'));
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => reviewDialog(page).innerText()).toContain('Posting as @CedarValleySch (District account)');
  expect(await submissions(page)).toEqual([]);
});

test("the card's Remove fix deletes the span through Draft.js", async () => {
  await compose('https://x.com/home', `Honestly, ${TEXT.derogatory}!`, 1);
  await badge(page).click();
  await card(page).getByRole('button', { name: 'Remove' }).click();
  await expect.poll(() => editorText(page)).toBe('Honestly, You are a !');
  await waitForCheck(page, 0);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-home', text: 'Honestly, You are a !' }]);
});

test('the mobile layout (a native textarea) is held on Ctrl+Enter', async () => {
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

test('Not a problem records a report and posts once; the same finding is not raised again on this page', async () => {
  await compose('https://x.com/home', TEXT.derogatory, 1);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await reviewDialog(page).getByRole('button', { name: 'Not a problem' }).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-home', text: TEXT.derogatory }]);
  const log = await decisionLog(harness);
  expect(log[log.length - 1]).toMatchObject({ kind: 'false-positive', categories: ['derogatory'] });
  await editor(page).click();
  await page.keyboard.type(TEXT.derogatory);
  await waitForCheck(page, 0);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => submissions(page)).toHaveLength(2);
});

test('a thread in the compose dialog: every item is checked and the re-created button posts once', async () => {
  page = await openPage(harness, 'https://x.com/home');
  await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
  const dialog = page.locator('#layers [role="dialog"]');
  await dialog.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(TEXT.clean);
  await dialog.locator('[data-testid="addButton"]').click();
  await dialog.locator('[data-testid="tweetTextarea_1"]').click();
  await page.keyboard.type(TEXT.confidential);
  await waitForCheck(page, 1);
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
  await waitForCheck(page, 1);
  await page.keyboard.press('Meta+Enter');
  await reviewDialog(page).waitFor();
  await reviewDialog(page).getByRole('button', { name: 'Edit' }).click();
  await dialog.locator('[data-testid="app-bar-close"]').click();

  await page.locator('[data-testid="inline_reply_offscreen"] [data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(TEXT.confidential);
  await waitForCheck(page, 1);
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
});

test('DMs: the Chat textarea and the legacy Draft.js box are held on Enter and marked', async () => {
  page = await openPage(harness, 'https://x.com/messages');
  const chat = page.locator('textarea[data-testid="dm-composer-textarea"]');
  await chat.click();
  await page.keyboard.type(TEXT.confidential);
  await waitForCheck(page, 1);
  await expect.poll(() => markBoxes(page).count()).toBeGreaterThan(0);
  await screenshot(page, 'x-chat-marks');
  await page.keyboard.press('Enter');
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
  await reviewDialog(page).getByRole('button', { name: 'Mask the ID' }).click();
  await reviewDialog(page).getByRole('button', { name: 'Post', exact: true }).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-chat', text: 'call me about student ####-#####' }]);

  await page.locator('[data-testid="dmComposerTextInput"]').click();
  await page.keyboard.type(TEXT.derogatory);
  await waitForCheck(page, 1);
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
