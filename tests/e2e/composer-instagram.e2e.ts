/**
 * The composer guard on Instagram (fixture under https://www.instagram.com): the comment textarea, the
 * Lexical caption in the Create new post dialog, DMs, the District account, and Spanish labels.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import {
  card,
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

const commentBox = (p: Page) => p.locator('form textarea');
const caption = (p: Page) => p.locator('[role="dialog"] [aria-label^="Write a caption"]');

test('a comment: the span is marked over the textarea, Enter and Post are held', async () => {
  page = await openPage(harness, 'https://www.instagram.com/p/ABC123/');
  await commentBox(page).click();
  await page.keyboard.type(`Hey ${TEXT.derogatory}`);
  await waitForCheck(page, findingsFor(`Hey ${TEXT.derogatory}`, { platform: 'instagram', surface: 'comment' }).length);
  const mark = markBoxes(page).first();
  await mark.waitFor({ state: 'attached' });
  // The mark sits over the flagged words inside the textarea.
  const [markBox, areaBox] = await Promise.all([mark.boundingBox(), commentBox(page).boundingBox()]);
  expect(markBox && areaBox && markBox.x > areaBox.x && markBox.x + markBox.width < areaBox.x + areaBox.width).toBe(
    true,
  );
  await screenshot(page, 'instagram-marks');
  await page.mouse.move((markBox?.x ?? 0) + 4, (markBox?.y ?? 0) + 4);
  await card(page).waitFor();
  await screenshot(page, 'instagram-card');
  await page.keyboard.press('Enter');
  await reviewDialog(page).waitFor();
  await screenshot(page, 'instagram-review');
  await page.keyboard.press('Escape');
  await reviewDialog(page).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
  await reviewDialog(page).getByRole('checkbox').check();
  await reviewDialog(page).getByRole('button', { name: 'Post anyway' }).click();
  await expect
    .poll(() => submissions(page))
    .toEqual([{ surface: 'instagram-comment', text: `Hey ${TEXT.derogatory}` }]);
  expect(await commentBox(page).inputValue()).toBe('');
});

test('a clean comment goes straight through on Enter', async () => {
  page = await openPage(harness, 'https://www.instagram.com/p/ABC123/');
  await commentBox(page).click();
  await page.keyboard.type(TEXT.clean);
  await page.keyboard.press('Enter');
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'instagram-comment', text: TEXT.clean }]);
  expect(await reviewDialog(page).count()).toBe(0);
});

test('the caption: Share is held, and a fix reaches the Lexical state that Share submits', async () => {
  page = await openPage(harness, 'https://www.instagram.com/');
  await page.getByRole('button', { name: 'New post' }).click();
  await page.locator('[role="dialog"] input[type="file"]').setInputFiles({
    name: 'picture-day.png',
    mimeType: 'image/png',
    buffer: Buffer.from('iVBORw0KGgo=', 'base64'),
  });
  await page.getByRole('button', { name: 'Next' }).click();
  await caption(page).click();
  const text = `Today: ${TEXT.confidential}`;
  const captionFindings = findingsFor(text, { platform: 'instagram', surface: 'caption' });
  const id = first(captionFindings, 'confidential');
  await page.keyboard.type(text);
  await waitForCheck(page, captionFindings.length);
  await page.getByRole('button', { name: 'Share' }).click();
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
  await reviewDialog(page).getByRole('button', { name: id.fix?.label }).click();
  await reviewDialog(page).getByRole('button', { name: 'Post', exact: true }).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'instagram-caption', text: fixed(text, id) }]);
});

test('political captions are held on the District account only', async () => {
  page = await openPage(harness, 'https://www.instagram.com/?step=caption&as=district');
  await caption(page).click();
  await page.keyboard.type(TEXT.political);
  await waitForCheck(
    page,
    findingsFor(TEXT.political, { platform: 'instagram', account: 'district', surface: 'caption' }).length,
  );
  await page.getByRole('button', { name: 'Share' }).click();
  await expect
    .poll(() => reviewDialog(page).innerText())
    .toContain('Posting as @cedarvalleyschools (District account)');
  await page.close();

  page = await openPage(harness, 'https://www.instagram.com/?step=caption');
  await caption(page).click();
  await page.keyboard.type(TEXT.political);
  await waitForCheck(page, 0);
  expect(findingsFor(TEXT.political, { platform: 'instagram', surface: 'caption' })).toEqual([]);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'instagram-caption', text: TEXT.political }]);
});

test('DMs are held on Enter and on Send', async () => {
  page = await openPage(harness, 'https://www.instagram.com/direct/t/1/');
  await page.locator('[role="textbox"][aria-label="Message"]').click();
  await page.keyboard.type(TEXT.derogatory);
  await page.keyboard.press('Enter');
  await reviewDialog(page).waitFor();
  await page.keyboard.press('Escape');
  await reviewDialog(page).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Send' }).click();
  await reviewDialog(page).waitFor();
  await reviewDialog(page).getByRole('button', { name: 'Not a problem' }).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'instagram-message', text: TEXT.derogatory }]);
});

test('Spanish labels: the comment form is still guarded', async () => {
  page = await openPage(harness, 'https://www.instagram.com/p/ABC123/?lang=es');
  await page.locator('textarea[aria-label="Añade un comentario…"]').click();
  await page.keyboard.type(TEXT.confidential);
  await page.keyboard.press('Enter');
  await reviewDialog(page).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Publicar' }).click();
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
});

test('the extension made no network requests', () => {
  expect(harness.unexpectedRequests).toEqual([]);
});
