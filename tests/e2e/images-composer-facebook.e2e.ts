/**
 * Photos in the Facebook fixture's Create post dialog (https://www.facebook.com): a photo of a person puts
 * a `student-image` finding in the badge and the review dialog; posting as the District's Page needs the
 * release-form confirmation (at Next, the Page flow), a personal profile only gets the warning; removing
 * the preview removes the finding; a zero-byte photo is noted and posting goes through; a dropped photo
 * is checked too. No network requests.
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

const dialog = (p: Page) => p.locator('[role="dialog"][aria-label="Create post"]');
const button = (p: Page, label: string) => dialog(p).locator(`[role="button"][aria-label="${label}"]`);

async function compose(query = ''): Promise<void> {
  page = await openPage(harness, `https://www.facebook.com/${query}`);
  await page.getByRole('button', { name: "What's on your mind?" }).click();
  await dialog(page).locator('form [data-lexical-editor="true"]').click();
  await page.keyboard.type(TEXT.clean);
}

test('as the District Page: the finding shows in the badge and at Next, which needs the release confirmation', async () => {
  await compose('?as=page');
  await dialog(page).locator('input[type="file"]').setInputFiles(FACES);
  await waitForBadge(page, /1 finding/);
  expect(await cardText(page)).toMatch(PEOPLE_MESSAGE);
  await button(page, 'Next').click();
  await reviewDialog(page).waitFor();
  expect(await reviewDialog(page).innerText()).toContain('Posting as Cedar Valley Schools (District account)');
  expect(await reviewDialog(page).innerText()).toMatch(PEOPLE_MESSAGE);
  await expect.poll(() => postAnyway(page).isDisabled()).toBe(true);
  await releaseBox(page).check();
  await postAnyway(page).click();
  const settings = page.locator('[role="dialog"][aria-label="Post settings"]');
  await settings.locator('[role="button"][aria-label="Post"]').click();
  await expect
    .poll(() => posted(page))
    .toEqual([{ surface: 'facebook-post', text: TEXT.clean, media: ['kodak_girl_face_paint.jpg'] }]);
  expect(await reviewDialog(page).count()).toBe(0);
});

test('as a person: a dropped photo is checked; Post anyway needs no release confirmation', async () => {
  await compose();
  await sendFile(dialog(page).locator('form'), FACES, 'drop');
  await waitForBadge(page, /1 finding/);
  await button(page, 'Post').click();
  await reviewDialog(page).waitFor();
  expect(await reviewDialog(page).innerText()).toMatch(PEOPLE_MESSAGE);
  expect(await releaseBox(page).isChecked()).toBe(false);
  await postAnyway(page).click();
  await expect.poll(() => submissions(page)).toHaveLength(1);
});

test('removing the photo removes the finding; a zero-byte photo is noted and posting goes through', async () => {
  await compose('?as=page');
  await dialog(page)
    .locator('input[type="file"]')
    .setInputFiles([payload(FACES), EMPTY]);
  await waitForBadge(page, /1 finding.*1 photo could not be checked/);
  await button(page, 'Remove photo').first().click();
  await waitForBadge(page, /nothing to flag.*1 photo could not be checked/);
  expect(await cardText(page)).toContain('empty.jpg: Could not check this image');
  await button(page, 'Next').click();
  const settings = page.locator('[role="dialog"][aria-label="Post settings"]');
  await settings.locator('[role="button"][aria-label="Post"]').click();
  await expect.poll(() => posted(page)).toEqual([{ surface: 'facebook-post', text: TEXT.clean, media: ['empty.jpg'] }]);
  expect(await reviewDialog(page).count()).toBe(0);
});

test('a photo with no people gives no finding', async () => {
  await compose();
  await dialog(page).locator('input[type="file"]').setInputFiles(NO_PEOPLE);
  await waitForBadge(page, /nothing to flag\. Show details\. 1 photo checked/);
  await button(page, 'Post').click();
  await expect.poll(() => submissions(page)).toHaveLength(1);
  expect(await reviewDialog(page).count()).toBe(0);
});
