/**
 * Photos in the Instagram fixture's Create new post dialog (https://www.instagram.com): photos are picked
 * (or dropped) before any caption box exists; once the caption step shows them, a photo of a person puts a
 * `student-image` finding in the badge and the review dialog at Share; the District account needs the
 * release-form confirmation, a personal one only the warning; deleting the photo removes the finding; a
 * zero-byte photo is noted and sharing goes through. No network requests.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { openPage, reviewDialog, startSites, submissions, TEXT } from './composer-helpers';
import { type Harness, launch } from './harness';
import {
  cardText,
  EMPTY,
  FACES,
  NO_PEOPLE,
  PEOPLE_MESSAGE,
  payload,
  postAnyway,
  posted,
  releaseBox,
  sendFile,
  waitForBadge,
} from './images-composer-helpers';

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
  expect(harness.unexpectedRequests).toEqual([]);
  await harness?.close();
});

const dialog = (p: Page) => p.locator('[role="dialog"][aria-label="Create new post"]');
const caption = (p: Page) => dialog(p).locator('[aria-label^="Write a caption"]');
const share = (p: Page) => dialog(p).getByRole('button', { name: 'Share' });

async function create(query: string, attach: (p: Page) => Promise<void>): Promise<void> {
  page = await openPage(harness, `https://www.instagram.com/${query}`);
  await page.getByRole('button', { name: 'New post' }).click();
  await attach(page);
  await dialog(page).getByRole('button', { name: 'Next' }).click();
  await caption(page).click();
  await page.keyboard.type(TEXT.clean);
}

const pick =
  (...files: Parameters<Page['setInputFiles']>[1][]) =>
  (p: Page) =>
    dialog(p)
      .locator('input[type="file"]')
      .setInputFiles(files.flat() as never);

test('District account: the photo of a person is flagged at the caption, and Share needs the release confirmation', async () => {
  await create('?as=district', pick(FACES));
  await waitForBadge(page, /1 finding/);
  expect(await cardText(page)).toMatch(PEOPLE_MESSAGE);
  await share(page).click();
  await reviewDialog(page).waitFor();
  expect(await reviewDialog(page).innerText()).toMatch(PEOPLE_MESSAGE);
  expect(await submissions(page)).toEqual([]);
  await expect.poll(() => postAnyway(page).isDisabled()).toBe(true);
  await releaseBox(page).check();
  await postAnyway(page).click();
  await expect
    .poll(() => posted(page))
    .toEqual([{ surface: 'instagram-caption', text: TEXT.clean, media: ['kodak_girl_face_paint.jpg'] }]);
});

test('personal account: a dropped photo is checked; Share goes ahead without the release confirmation', async () => {
  await create('', (p) => sendFile(dialog(p).getByText('Drag photos and videos here'), FACES, 'drop'));
  await waitForBadge(page, /1 finding/);
  await share(page).click();
  await reviewDialog(page).waitFor();
  expect(await releaseBox(page).isChecked()).toBe(false);
  await postAnyway(page).click();
  await expect.poll(() => submissions(page)).toHaveLength(1);
});

test('deleting the photo removes the finding; a zero-byte photo is noted and Share goes through', async () => {
  await create('?as=district', pick([payload(FACES), payload(NO_PEOPLE), EMPTY]));
  await waitForBadge(page, /1 finding.*1 photo could not be checked/);
  await dialog(page).getByRole('button', { name: 'Delete' }).first().click();
  await waitForBadge(page, /nothing to flag\. Show details\. 1 photo checked\. 1 photo could not be checked/);
  expect(await cardText(page)).toContain('Could not check this image: the file is empty');
  await share(page).click();
  await expect
    .poll(() => posted(page))
    .toEqual([{ surface: 'instagram-caption', text: TEXT.clean, media: ['coffee_cup.jpg', 'empty.jpg'] }]);
  expect(await reviewDialog(page).count()).toBe(0);
});
