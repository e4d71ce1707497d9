/**
 * The composer guard on X (Draft.js fixture under https://x.com), home-timeline post: marks, hold on Post
 * and Ctrl+Enter, Edit / Post anyway / Not a problem / fixes, and identity-dependent findings (also read
 * again at Post). Expected findings come from the checker itself, so the tests follow the rules while
 * still failing if marks, holds or fixes go wrong. Other X surfaces: composer-x-surfaces.e2e.ts.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Finding } from '../../lib/checker/types';
import {
  decisionLog,
  expectedMarks,
  findingsFor,
  first,
  fixed,
  highlights,
  liveRegion,
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

const editor = (p: Page, index = 0) => p.locator(`[data-testid="tweetTextarea_${index}"]`);
const editorText = (p: Page, index = 0) =>
  editor(p, index).evaluate((el) =>
    Array.from(el.querySelectorAll('[data-block="true"]'), (b) => b.textContent).join('\n'),
  );
const post = (p: Page) => p.locator('[data-testid="tweetButtonInline"]');

/** Open `url`, type `text` into the first editor and wait for the check; returns what the checker finds. */
async function compose(url: string, text: string, account: 'personal' | 'district' = 'personal'): Promise<Finding[]> {
  page = await openPage(harness, url);
  await editor(page).click();
  await page.keyboard.type(text);
  const findings = findingsFor(text, { account });
  await waitForCheck(page, findings.length);
  return findings;
}

test('typing a violating post marks the flagged spans and announces them', async () => {
  const text = `Honestly, ${TEXT.derogatory}.`;
  const findings = await compose('https://x.com/home', text);
  expect(findings.length).toBeGreaterThan(0);
  expect(await highlights(page)).toEqual(expectedMarks(text, findings));
  expect(
    Object.values(await highlights(page))
      .flat()
      .join(' '),
  ).toMatch(/idiot/);
  await expect.poll(() => liveRegion(page).textContent()).toMatch(/finding.*Derogatory/);
  await screenshot(page, 'x-marks');
});

test('Post is held for review and the page handler is not called', async () => {
  await compose('https://x.com/home', TEXT.derogatory);
  await post(page).click();
  await reviewDialog(page).waitFor();
  const dialog = await reviewDialog(page).innerText();
  expect(dialog).toContain('Derogatory or threatening language');
  expect(dialog).toContain('Posting as @jordan_teaches (personal account)');
  expect(await submissions(page)).toEqual([]);
  await screenshot(page, 'x-review');
});

test('Ctrl+Enter is held too, and Edit returns focus to the editor with the text intact', async () => {
  const text = `Team, ${TEXT.derogatory}`;
  const findings = await compose('https://x.com/home', text);
  await page.keyboard.press('Control+Enter');
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
  await reviewDialog(page).getByRole('button', { name: 'Edit' }).click();
  await reviewDialog(page).waitFor({ state: 'detached' });
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
    .toBe('tweetTextarea_0');
  expect(await editorText(page)).toBe(text);
  // The caret sits at the start of the first flagged span: typing there lands before it.
  await page.keyboard.type('[');
  const at = Math.min(...findings.map((f) => f.start));
  expect(await editorText(page)).toBe(`${text.slice(0, at)}[${text.slice(at)}`);
  expect(await submissions(page)).toEqual([]);
});

test('Post anyway needs the acknowledgement, then posts exactly once with the text as typed', async () => {
  await compose('https://x.com/home', TEXT.derogatory);
  await post(page).click();
  const dialog = reviewDialog(page);
  const postAnyway = dialog.getByRole('button', { name: 'Post anyway' });
  expect(await postAnyway.isDisabled()).toBe(true);
  await dialog.getByRole('checkbox', { name: /I have read the policy/ }).check();
  await postAnyway.click();
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-home', text: TEXT.derogatory }]);
  const log = await decisionLog(harness);
  expect(log.at(-1)).toMatchObject({
    kind: 'override',
    platform: 'x',
    account: 'personal',
    categories: ['derogatory'],
  });
  expect(JSON.stringify(log)).not.toContain('idiot');
});

test('a written reason is required where settings ask for one, and is logged without the post', async () => {
  await compose('https://x.com/home', TEXT.confidential);
  await page.keyboard.press('Control+Enter');
  const dialog = reviewDialog(page);
  const postAnyway = dialog.getByRole('button', { name: 'Post anyway' });
  expect(await postAnyway.isDisabled()).toBe(true);
  await dialog.getByRole('textbox', { name: /Why is this post appropriate/ }).fill('Parent asked for a call back');
  await postAnyway.click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-home', text: TEXT.confidential }]);
  const log = await decisionLog(harness);
  expect(log.at(-1)).toMatchObject({ kind: 'override', reason: 'Parent asked for a call back' });
  expect(JSON.stringify(log)).not.toContain('2019-33417');
});

test('a fix from the review dialog goes through Draft.js, and the handler receives the fixed text', async () => {
  const text = `Please ${TEXT.confidential} today`;
  const id = first(await compose('https://x.com/home', text), 'confidential');
  await post(page).click();
  await reviewDialog(page).getByRole('button', { name: id.fix?.label }).click();
  await expect.poll(() => reviewDialog(page).innerText()).toContain('Everything flagged is fixed');
  expect(await editorText(page)).toBe(fixed(text, id));
  expect(await editorText(page)).not.toContain('2019-33417');
  await reviewDialog(page).getByRole('button', { name: 'Post', exact: true }).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-home', text: fixed(text, id) }]);
});

test('several fixes in a row remove every span through Draft.js', async () => {
  const text = `Honestly, ${TEXT.derogatory}!`;
  const findings = (await compose('https://x.com/home', text)).filter((f) => f.fix);
  expect(findings.length).toBeGreaterThan(0);
  await post(page).click();
  // The dialog re-checks after each fix; fixing from the last span back keeps the earlier offsets valid.
  let expected = text;
  for (const finding of [...findings].sort((a, b) => b.start - a.start)) {
    await reviewDialog(page).getByRole('button', { name: finding.fix?.label }).last().click();
    expected = fixed(expected, finding);
    await expect.poll(() => editorText(page)).toBe(expected);
  }
  await reviewDialog(page).getByRole('button', { name: 'Post', exact: true }).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-home', text: expected }]);
});

test('a clean post goes straight through with no dialog', async () => {
  expect(await compose('https://x.com/home', TEXT.clean)).toEqual([]);
  await post(page).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-home', text: TEXT.clean }]);
  expect(await reviewDialog(page).count()).toBe(0);
  expect(await highlights(page)).toEqual({});
});

test('political text is held on the District account and not on a personal account', async () => {
  expect(await compose('https://x.com/home?handle=CedarValleySch', TEXT.political, 'district')).not.toEqual([]);
  await post(page).click();
  await expect.poll(() => reviewDialog(page).innerText()).toContain('Posting as @CedarValleySch (District account)');
  expect(await reviewDialog(page).innerText()).toContain('Political advocacy');
  expect(await submissions(page)).toEqual([]);
  await page.close();

  expect(await compose('https://x.com/home?handle=jordan_teaches', TEXT.political)).toEqual([]);
  await post(page).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-home', text: TEXT.political }]);
  expect(await reviewDialog(page).count()).toBe(0);
});

test('the account is read again at Post: switching to the District account holds political text', async () => {
  await compose('https://x.com/home', TEXT.political);
  await page.evaluate(() => window.__fixture.hooks.switchAccount('CedarValleySch'));
  await post(page).click();
  await expect.poll(() => reviewDialog(page).innerText()).toContain('Posting as @CedarValleySch (District account)');
  expect(await submissions(page)).toEqual([]);
});

test('Not a problem records a report and posts once; the same finding is not raised again on this page', async () => {
  await compose('https://x.com/home', TEXT.derogatory);
  await post(page).click();
  await reviewDialog(page).getByRole('button', { name: 'Not a problem' }).click();
  await expect.poll(() => submissions(page)).toEqual([{ surface: 'x-home', text: TEXT.derogatory }]);
  const log = await decisionLog(harness);
  expect(log.at(-1)).toMatchObject({ kind: 'false-positive', categories: ['derogatory'] });
  await editor(page).click();
  await page.keyboard.type(TEXT.derogatory);
  await waitForCheck(page, 0);
  await post(page).click();
  await expect.poll(() => submissions(page)).toHaveLength(2);
});

test('the extension made no network requests', () => {
  expect(harness.unexpectedRequests).toEqual([]);
});
