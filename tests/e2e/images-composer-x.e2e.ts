/**
 * Photos attached in the X fixture (https://x.com): a photo of a person puts a `student-image` finding in
 * the badge, the card and the review dialog; posting from the District account needs the release-form
 * confirmation (a warning on a personal account); removing the preview removes the finding; a photo that
 * cannot be checked is noted and never blocks posting; progress shows while photos are checked; Post while
 * a photo is still being checked can wait or go ahead. The analysis runs off the page, with no request.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import {
  badge,
  decisionLog,
  openPage,
  reviewDialog,
  startSites,
  submissions,
  TEXT,
  toolbarBadge,
} from './composer-helpers';
import { type Harness, launch } from './harness';
import {
  cardText,
  EMPTY,
  FACES,
  GRADEBOOK,
  NO_PEOPLE,
  PEOPLE_MESSAGE,
  postAnyway,
  posted,
  RELEASE,
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

const editor = (p: Page) => p.locator('[data-testid="tweetTextarea_0"]');
const fileInput = (p: Page) => p.locator('[data-testid="fileInput"]');
const post = (p: Page) => p.locator('[data-testid="tweetButtonInline"]');

async function open(handle = 'jordan_teaches'): Promise<Page> {
  page = await openPage(harness, `https://x.com/home?handle=${handle}`);
  return page;
}

async function write(text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.type(text);
}

test('District account: a photo of a person is flagged in the badge, card and dialog; Post needs the release confirmation', async () => {
  await open('CedarValleySch');
  await fileInput(page).setInputFiles(FACES);
  await waitForBadge(page, /1 finding/);
  expect(await toolbarBadge(harness, page)).toMatchObject({ text: '1' });
  const inCard = await cardText(page);
  expect(inCard).toContain('Students in a photo');
  expect(inCard).toMatch(PEOPLE_MESSAGE);
  await write(TEXT.clean);
  await post(page).click();
  await reviewDialog(page).waitFor();
  expect(await reviewDialog(page).innerText()).toMatch(PEOPLE_MESSAGE);
  expect(await submissions(page)).toEqual([]);
  await expect.poll(() => postAnyway(page).isDisabled()).toBe(true);
  await releaseBox(page).check();
  await postAnyway(page).click();
  await expect
    .poll(() => posted(page))
    .toEqual([{ surface: 'x-home', text: TEXT.clean, media: ['kodak_girl_face_paint.jpg'] }]);
  const log = await decisionLog(harness);
  expect(log.at(-1)).toMatchObject({ kind: 'override', account: 'district', categories: ['student-image'] });
});

test('personal account: the release confirmation is offered as a warning, Post anyway works without it', async () => {
  await open();
  await write(TEXT.clean);
  await fileInput(page).setInputFiles(FACES);
  await waitForBadge(page, /1 finding/);
  await post(page).click();
  await reviewDialog(page).waitFor();
  await expect.poll(() => releaseBox(page).isChecked()).toBe(false);
  expect(await reviewDialog(page).innerText()).toContain(RELEASE);
  await postAnyway(page).click();
  await expect.poll(() => submissions(page)).toHaveLength(1);
});

test('removing the preview removes the finding, and Post goes straight through', async () => {
  await open('CedarValleySch');
  await write(TEXT.clean);
  await fileInput(page).setInputFiles([FACES, NO_PEOPLE]);
  await waitForBadge(page, /1 finding/);
  // The first preview is the photo of a person.
  await page.locator('[data-testid="attachments"] [data-testid="removeMedia"]').first().click();
  await waitForBadge(page, /nothing to flag\. Show details\. 1 photo checked/);
  await post(page).click();
  await expect.poll(() => posted(page)).toEqual([{ surface: 'x-home', text: TEXT.clean, media: ['coffee_cup.jpg'] }]);
  expect(await reviewDialog(page).count()).toBe(0);
});

test('a photo the site attached by itself (no file input, paste or drop seen) is checked from its preview', async () => {
  await open('CedarValleySch');
  await write(TEXT.clean);
  const base64 = readFileSync(FACES).toString('base64');
  await page.evaluate(([data, name]) => window.__fixture.hooks.attachMedia(data, name), [base64, 'gif-picker.jpg']);
  await waitForBadge(page, /1 finding/);
  expect(await cardText(page)).toMatch(PEOPLE_MESSAGE);
});

test('a zero-byte photo gets the "could not check" note and never blocks posting', async () => {
  await open('CedarValleySch');
  await write(TEXT.clean);
  await fileInput(page).setInputFiles(EMPTY);
  await waitForBadge(page, /nothing to flag.*1 photo could not be checked/);
  expect(await cardText(page)).toMatch(
    /empty\.jpg: Could not check this image: the file is empty\. You can still post it\./,
  );
  await post(page).click();
  await expect.poll(() => posted(page)).toEqual([{ surface: 'x-home', text: TEXT.clean, media: ['empty.jpg'] }]);
  expect(await reviewDialog(page).count()).toBe(0);
});

test('a pasted screenshot: progress in both badges, then the words read from it are flagged, naming the image', async () => {
  await open();
  await write(TEXT.clean);
  await sendFile(editor(page), GRADEBOOK, 'paste');
  await expect.poll(() => badge(page).getAttribute('aria-label')).toMatch(/checking photo 1 of 1/);
  await expect.poll(async () => (await toolbarBadge(harness, page)).title).toMatch(/checking photo 1 of 1/);
  await waitForBadge(page, /findings?, /);
  const inCard = await cardText(page);
  expect(inCard).toContain('Confidential information');
  expect(inCard).toMatch(/Text in image "gradebook_screenshot\.png" \("[^"]+"\)/);
});

test('Post while a photo is being checked: the dialog says so; waiting shows what the check found', async () => {
  await open('CedarValleySch');
  await write(TEXT.clean);
  await fileInput(page).setInputFiles(FACES);
  await post(page).click();
  await reviewDialog(page).waitFor();
  expect(await reviewDialog(page).innerText()).toMatch(
    /still checking the attached photos[\s\S]*Checking photo 1 of 1/,
  );
  expect(await reviewDialog(page).getByRole('button', { name: 'Post without waiting' }).count()).toBe(1);
  await expect.poll(() => reviewDialog(page).innerText(), { timeout: 90_000 }).toMatch(PEOPLE_MESSAGE);
  expect(await submissions(page)).toEqual([]);
  await reviewDialog(page).getByRole('button', { name: 'Edit' }).click();
  expect(await reviewDialog(page).count()).toBe(0);
});

test('Post while a clean photo is being checked: waiting posts it once the check finds nothing; or post without waiting', async () => {
  await open();
  await write(TEXT.clean);
  await fileInput(page).setInputFiles(NO_PEOPLE);
  await post(page).click();
  await reviewDialog(page).waitFor();
  await expect
    .poll(() => posted(page), { timeout: 90_000 })
    .toEqual([{ surface: 'x-home', text: TEXT.clean, media: ['coffee_cup.jpg'] }]);
  expect(await reviewDialog(page).count()).toBe(0);

  await write(TEXT.clean);
  await fileInput(page).setInputFiles(GRADEBOOK);
  await post(page).click();
  await reviewDialog(page).getByRole('button', { name: 'Post without waiting' }).click();
  await expect.poll(() => submissions(page)).toHaveLength(2);
  expect((await posted(page))[1].media).toEqual(['gradebook_screenshot.png']);
});
