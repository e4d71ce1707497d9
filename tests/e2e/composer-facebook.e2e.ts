/**
 * The composer guard on Facebook (Lexical fixture under https://www.facebook.com): comments that clear
 * synchronously on Enter, replies, the Create post dialog (click, keyboard on a role=button, Ctrl+Enter),
 * Messenger, person vs Page identity, and the Spanish and unknown-language variants.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  expectedMarks,
  findingsFor,
  first,
  fixed,
  highlights,
  openPage,
  reviewDialog,
  screenshot,
  submissions,
  TEXT,
  toolbarBadge,
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

const FB_COMMENT = { platform: 'facebook', surface: 'comment' } as const;
const FB_POST = { platform: 'facebook', surface: 'post' } as const;
const comment = (p: Page) => p.locator('[data-lexical-editor="true"][aria-label^="Comment as"]');
const lexicalText = (p: Page, selector: string) =>
  p.locator(selector).evaluate((el) => Array.from(el.querySelectorAll('p'), (p) => p.innerText).join('\n'));

async function openPostDialog(p: Page, label = "What's on your mind?"): Promise<void> {
  await p.getByRole('button', { name: label }).click();
  await p.locator('[role="dialog"] form [data-lexical-editor="true"]').click();
}

test('a comment: the span is marked, Enter is held and the box keeps the text', async () => {
  page = await openPage(harness, 'https://www.facebook.com/');
  await comment(page).click();
  await page.keyboard.type(`Hi all.`);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type(TEXT.derogatory);
  const text = `Hi all.\n${TEXT.derogatory}`;
  const findings = findingsFor(text, FB_COMMENT);
  await waitForCheck(page, findings.length);
  expect(await highlights(page)).toEqual(expectedMarks(text, findings));
  await screenshot(page, 'facebook-marks');
  await page.keyboard.press('Enter');
  await reviewDialog(page).waitFor();
  await screenshot(page, 'facebook-review');
  expect(await submissions(page)).toEqual([]);
  expect(await comment(page).innerText()).toBe(`Hi all.\n${TEXT.derogatory}`);
});

test('the comment box clears synchronously on Enter, and the check still sees the text', async () => {
  page = await openPage(harness, 'https://www.facebook.com/');
  await comment(page).click();
  // Enter straight after typing, before the typing check has run: the submit-time check must read the text.
  await page.keyboard.type(TEXT.confidential);
  await page.keyboard.press('Enter');
  await reviewDialog(page).waitFor();
  expect(await reviewDialog(page).innerText()).toContain('2019-33417');
  await reviewDialog(page).getByRole('textbox', { name: /Why/ }).fill('Parent asked me to follow up');
  await reviewDialog(page).getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'facebook-comment', text: TEXT.confidential }]);
  // The page emptied its own box when it submitted, exactly once.
  expect((await comment(page).innerText()).trim()).toBe('');

  await page.keyboard.type(TEXT.clean);
  await page.keyboard.press('Enter');
  await expect.poll(() => submissions(page)).toHaveLength(2);
  expect((await submissions(page))[1]).toEqual({ surface: 'facebook-comment', text: TEXT.clean });
  expect(await reviewDialog(page).count()).toBe(0);
});

test('a fix goes through Lexical and the Comment button posts the fixed text', async () => {
  page = await openPage(harness, 'https://www.facebook.com/');
  await comment(page).click();
  const text = `Please ${TEXT.confidential}`;
  const id = first(findingsFor(text, FB_COMMENT), 'confidential');
  await page.keyboard.type(text);
  await waitForCheck(page, findingsFor(text, FB_COMMENT).length);
  await page.locator('#focused-state-composer-submit [role="button"]').click();
  await reviewDialog(page).getByRole('button', { name: id.fix?.label }).click();
  await expect.poll(() => reviewDialog(page).innerText()).toContain('Everything flagged is fixed');
  await reviewDialog(page).getByRole('button', { name: 'Post', exact: true }).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'facebook-comment', text: fixed(text, id) }]);
});

test('a reply is held on Enter and on its Reply button', async () => {
  page = await openPage(harness, 'https://www.facebook.com/');
  await page.locator('[aria-label="Reply to Sam Lee"]').click();
  await page.keyboard.type(TEXT.derogatory);
  await page.keyboard.press('Enter');
  await reviewDialog(page).waitFor();
  await page.keyboard.press('Escape');
  await reviewDialog(page).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Reply', exact: true }).click();
  await reviewDialog(page).waitFor();
  await reviewDialog(page).getByRole('checkbox').check();
  await reviewDialog(page).getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'facebook-reply', text: TEXT.derogatory }]);
});

test('Create post: held on the Post role=button by click, Enter and Space, and by Ctrl+Enter', async () => {
  page = await openPage(harness, 'https://www.facebook.com/');
  await openPostDialog(page);
  await page.keyboard.type(TEXT.derogatory);
  await waitForCheck(page, findingsFor(TEXT.derogatory, FB_POST).length);
  const post = page.locator('[role="dialog"][aria-label="Create post"] [role="button"][aria-label="Post"]');
  await post.click();
  await reviewDialog(page).waitFor();
  await page.keyboard.press('Escape');
  await reviewDialog(page).waitFor({ state: 'detached' });
  for (const key of ['Enter', ' ', 'Control+Enter']) {
    if (key === 'Control+Enter') await page.locator('[role="dialog"] form [data-lexical-editor="true"]').focus();
    else await post.focus();
    await page.keyboard.press(key);
    await reviewDialog(page).waitFor();
    await page.keyboard.press('Escape');
    await reviewDialog(page).waitFor({ state: 'detached' });
  }
  expect(await submissions(page)).toEqual([]);
  expect(await lexicalText(page, '[role="dialog"] form [data-lexical-editor="true"]')).toBe(TEXT.derogatory);
});

test('acting as the District Page holds political text; as a person it goes through', async () => {
  page = await openPage(harness, 'https://www.facebook.com/?as=page');
  await openPostDialog(page);
  await page.keyboard.type(TEXT.political);
  await waitForCheck(page, findingsFor(TEXT.political, { ...FB_POST, account: 'district' }).length);
  await page.locator('[role="dialog"] [role="button"][aria-label="Next"]').click();
  await expect
    .poll(() => reviewDialog(page).innerText())
    .toContain('Posting as Cedar Valley Schools (District account)');
  expect(await submissions(page)).toEqual([]);
  await page.close();

  page = await openPage(harness, 'https://www.facebook.com/');
  await openPostDialog(page);
  await page.keyboard.type(TEXT.political);
  await waitForCheck(page, findingsFor(TEXT.political, FB_POST).length);
  await page.locator('[role="dialog"] [role="button"][aria-label="Post"]').click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'facebook-post', text: TEXT.political }]);
});

test('posting as a Page: the review happens at Next, and Post settings then posts once without a second review', async () => {
  page = await openPage(harness, 'https://www.facebook.com/?as=page');
  await openPostDialog(page);
  await page.keyboard.type(TEXT.derogatory);
  await waitForCheck(page, findingsFor(TEXT.derogatory, { ...FB_POST, account: 'district' }).length);
  await page.locator('[role="dialog"] [role="button"][aria-label="Next"]').click();
  await reviewDialog(page).waitFor();
  await reviewDialog(page).getByRole('checkbox').check();
  await reviewDialog(page).getByRole('button', { name: 'Post anyway' }).click();
  const settings = page.locator('[role="dialog"][aria-label="Post settings"]');
  await settings.waitFor();
  await settings.locator('[role="button"][aria-label="Post"]').click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'facebook-post', text: TEXT.derogatory }]);
  expect(await reviewDialog(page).count()).toBe(0);
});

test('Messenger inside Facebook is held on Enter', async () => {
  page = await openPage(harness, 'https://www.facebook.com/');
  await page.locator('[role="textbox"][aria-label="Message"]').click();
  await page.keyboard.type(TEXT.confidential);
  await page.keyboard.press('Enter');
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
  const id = first(findingsFor(TEXT.confidential, { platform: 'facebook', surface: 'message' }), 'confidential');
  await reviewDialog(page).getByRole('button', { name: id.fix?.label }).click();
  await reviewDialog(page).getByRole('button', { name: 'Post', exact: true }).click();
  await expect
    .poll(() => submissions(page))
    .toEqual([{ surface: 'facebook-messenger', text: fixed(TEXT.confidential, id) }]);
});

test('Spanish labels (on web.facebook.com): the comment box and the Create post dialog are still guarded', async () => {
  page = await openPage(harness, 'https://web.facebook.com/?lang=es');
  await page.locator('[aria-label="Comentar como Alex Rivera"]').click();
  await page.keyboard.type(TEXT.derogatory);
  await page.keyboard.press('Enter');
  await reviewDialog(page).waitFor();
  await page.keyboard.press('Escape');
  await openPostDialog(page, '¿Qué estás pensando?');
  await page.keyboard.type(TEXT.confidential);
  await waitForCheck(page, findingsFor(TEXT.confidential, FB_POST).length);
  await page.locator('[role="dialog"] [role="button"][aria-label="Publicar"]').click();
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
  await expect
    .poll(() => toolbarBadge(harness, page))
    .toMatchObject({ text: String(findingsFor(TEXT.confidential, FB_POST).length) });
});

test('labels in a language Preflight has no table for: the toolbar says "not active", with the reason', async () => {
  page = await openPage(harness, 'https://www.facebook.com/?lang=de');
  await page.locator('[aria-label="Kommentieren als Alex Rivera"]').click();
  await page.keyboard.type(TEXT.derogatory);
  await waitForCheck(page, findingsFor(TEXT.derogatory, FB_POST).length);
  // Still checked while typing, but the toolbar must not claim the post is guarded.
  await expect
    .poll(() => toolbarBadge(harness, page))
    .toEqual({
      text: 'off',
      title: 'Preflight is not active on this page: composer not recognised.',
    });
  await openPostDialog(page, 'Was machst du gerade?');
  await page.keyboard.type(TEXT.clean);
  await expect
    .poll(() => toolbarBadge(harness, page))
    .toEqual({
      text: 'off',
      title: 'Preflight is not active on this page: Post button not recognised.',
    });
});

test('the extension made no network requests', () => {
  expect(harness.unexpectedRequests).toEqual([]);
});
