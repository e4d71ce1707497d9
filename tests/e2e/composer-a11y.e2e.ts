/**
 * The in-page UI as an employee using a keyboard or screen reader meets it (on the X fixture): axe-core
 * on the review dialog and the card, focus trapped and restored, Escape means Edit, announcements; plus
 * the toolbar badge per tab, the Spanish variant, and no growth over many open/close cycles.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Finding } from '../../lib/checker/types';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import {
  axeViolations,
  badge,
  card,
  decisionLog,
  findingsFor,
  first,
  fixed,
  focusedInOverlay,
  highlights,
  liveRegion,
  openPage,
  reviewDialog,
  screenshot,
  setSettings,
  startSites,
  submissions,
  TEXT,
  toolbarBadge,
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
  await setSettings(harness, null);
});
afterAll(async () => {
  await harness?.close();
});

const editor = (p: Page) => p.locator('[data-testid="tweetTextarea_0"]');

async function compose(text: string, url = 'https://x.com/home'): Promise<Finding[]> {
  page = await openPage(harness, url);
  await editor(page).click();
  await page.keyboard.type(text);
  const findings = findingsFor(text);
  await waitForCheck(page, findings.length);
  return findings;
}

test('the review dialog: no axe violations, focus starts on Edit and is trapped, Escape means Edit', async () => {
  await compose(TEXT.confidential);
  await page.keyboard.press('Control+Enter');
  await reviewDialog(page).waitFor();
  expect(await axeViolations(page, 'dialog')).toEqual([]);
  await expect.poll(() => focusedInOverlay(page)).toBe('button:Edit');
  // The dialog is described by its summary, so a screen reader announces what was found on opening.
  const description = await reviewDialog(page).evaluate((el) => {
    const id = el.getAttribute('aria-describedby') ?? '';
    return (el.getRootNode() as ShadowRoot).getElementById(id)?.textContent;
  });
  expect(description).toMatch(/found 1 thing to check/);
  const seen = new Set<string>();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedInOverlay(page);
    expect(focused).not.toBeNull();
    seen.add(focused as string);
  }
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInOverlay(page)).not.toBeNull();
  }
  expect(seen.size).toBeGreaterThanOrEqual(3);
  await page.keyboard.press('Escape');
  await reviewDialog(page).waitFor({ state: 'detached' });
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
    .toBe('tweetTextarea_0');
  expect(await editor(page).innerText()).toBe(TEXT.confidential);
  expect(await submissions(page)).toEqual([]);
});

test('focus returns to where it was when the employee goes ahead', async () => {
  await compose(TEXT.derogatory);
  const button = page.locator('[data-testid="tweetButtonInline"]');
  await button.focus();
  await page.keyboard.press('Enter');
  await reviewDialog(page).waitFor();
  await reviewDialog(page).getByRole('checkbox').check();
  await reviewDialog(page).getByRole('button', { name: 'Post anyway' }).click();
  await expect.poll(() => submissions(page)).toHaveLength(1);
  // Focus was back on the Post button when the page's handler ran (the site then disables it, as X does).
  expect(await page.evaluate(() => window.__fixture.focusAtSubmit)).toEqual(['tweetButtonInline']);
});

test('findings are announced in a polite live region as they appear and clear', async () => {
  await compose(TEXT.derogatory);
  await expect
    .poll(() => liveRegion(page).textContent())
    .toMatch(/^Preflight: \d+ findings?\. Warning: Derogatory or threatening language\.$/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(TEXT.clean);
  await waitForCheck(page, 0);
  await expect.poll(() => liveRegion(page).textContent()).toBe('Preflight: nothing to flag.');
});

test('hovering a mark opens the card with the message, clause and fix; axe finds no violations', async () => {
  await compose(`Remember: ${TEXT.confidential}`);
  const box = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('preflight-block') as unknown as Set<Range>)][0];
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await card(page).waitFor();
  const text = await card(page).innerText();
  expect(text).toContain('Posting as @jordan_teaches (personal account)');
  expect(text).toContain('Confidential information');
  expect(text).toContain('Do not post or comment on confidential');
  expect(await axeViolations(page, '.pf-card')).toEqual([]);
  await screenshot(page, 'x-card');
  const id = first(findingsFor(`Remember: ${TEXT.confidential}`), 'confidential');
  await card(page).getByRole('button', { name: id.fix?.label }).click();
  await expect.poll(() => editor(page).innerText()).toBe(fixed(`Remember: ${TEXT.confidential}`, id));
  await waitForCheck(page, 0);
  expect(await highlights(page)).toEqual({});
});

test('moving the caret into a mark opens the card without taking focus from the editor', async () => {
  const text = `Ok ${TEXT.confidential}`;
  const id = first(await compose(text), 'confidential');
  await page.keyboard.press('Home');
  for (let i = 0; i < id.start + 2; i++) await page.keyboard.press('ArrowRight');
  await card(page).waitFor();
  expect(await card(page).innerText()).toContain('Confidential information');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
  // Escape closes the card first, leaving the editor (and the site's own Escape handling) alone.
  await page.keyboard.press('Escape');
  await card(page).waitFor({ state: 'detached' });
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
});

test('the badge opens the card from the keyboard and Escape returns focus to the badge', async () => {
  await compose(TEXT.derogatory);
  await badge(page).focus();
  await page.keyboard.press('Enter');
  await card(page).waitFor();
  await expect.poll(() => focusedInOverlay(page)).toBe('h2:Preflight');
  expect(await badge(page).getAttribute('aria-expanded')).toBe('true');
  await page.keyboard.press('Escape');
  await card(page).waitFor({ state: 'detached' });
  await expect.poll(() => focusedInOverlay(page)).toMatch(/^button:/);
  expect(await badge(page).getAttribute('aria-label')).toMatch(
    /^Preflight: \d+ findings?, (worst )?Warning\. Show details$/,
  );
});

test('the toolbar badge: "off" with no composer, "on" with one, the count, and "off" on an unknown editable', async () => {
  page = await openPage(harness, 'https://x.com/explore');
  await expect
    .poll(() => toolbarBadge(harness, page))
    .toEqual({
      text: 'off',
      title: 'Preflight is not active on this page: no post box found on this page.',
    });
  await page.close();
  page = await openPage(harness, 'https://x.com/home?notes=1');
  // A composer Preflight recognises is on the page: active before anything is typed.
  await expect.poll(() => toolbarBadge(harness, page)).toMatchObject({ text: 'on' });
  await editor(page).click();
  await page.keyboard.type(TEXT.derogatory);
  const count = findingsFor(TEXT.derogatory).length;
  await waitForCheck(page, count);
  const findings = count === 1 ? '1 finding' : `${count} findings`;
  await expect
    .poll(() => toolbarBadge(harness, page))
    .toEqual({ text: String(count), title: `Preflight is checking posts on this page: ${findings}.` });
  await page.keyboard.press('Control+A');
  await page.keyboard.type(TEXT.clean);
  await waitForCheck(page, 0);
  await expect
    .poll(() => toolbarBadge(harness, page))
    .toEqual({
      text: 'on',
      title: 'Preflight is checking posts on this page.',
    });
  await page.locator('[data-testid="note-box"]').click();
  await page.keyboard.type('hello');
  await expect
    .poll(() => toolbarBadge(harness, page))
    .toEqual({
      text: 'off',
      title: 'Preflight is not active on this page: composer not recognised.',
    });
});

test('each tab has its own toolbar badge', async () => {
  const other = await openPage(harness, 'https://twitter.com/home');
  await other.locator('[data-testid="tweetTextarea_0"]').click();
  await other.keyboard.type(TEXT.clean);
  await waitForCheck(other, 0);
  const count = (await compose(TEXT.derogatory)).length;
  await expect.poll(() => toolbarBadge(harness, page)).toMatchObject({ text: String(count) });
  await expect.poll(() => toolbarBadge(harness, other)).toMatchObject({ text: 'on' });
  await other.close();
});

test('when District settings do not allow an override, Post anyway is not offered', async () => {
  const categories = { ...DEFAULT_SETTINGS.categories, confidential: { mode: 'block', override: 'not-allowed' } };
  await setSettings(harness, { categories });
  await compose(TEXT.confidential);
  await page.keyboard.press('Control+Enter');
  await reviewDialog(page).waitFor();
  expect(await reviewDialog(page).innerText()).toContain('District settings do not allow posting this');
  expect(await reviewDialog(page).getByRole('button', { name: 'Post anyway' }).count()).toBe(0);
  // "Not a problem" still records the report, but does not post.
  await reviewDialog(page).getByRole('button', { name: 'Not a problem' }).click();
  await expect.poll(() => reviewDialog(page).innerText()).toContain('Reported as not a problem');
  expect(await submissions(page)).toEqual([]);
  expect((await decisionLog(harness)).at(-1)).toMatchObject({ kind: 'false-positive', categories: ['confidential'] });
  // And the report is no way round the rule: the next Post is held again.
  await page.keyboard.press('Escape');
  await reviewDialog(page).waitFor({ state: 'detached' });
  await page.keyboard.press('Control+Enter');
  await reviewDialog(page).waitFor();
  expect(await submissions(page)).toEqual([]);
});

test('the Spanish-labelled X still works: held on "Postear", and the UI follows the language setting', async () => {
  await setSettings(harness, { language: 'es' });
  await compose(TEXT.derogatory, 'https://x.com/home?lang=es');
  expect(await page.locator('[data-testid="tweetButtonInline"]').innerText()).toBe('Postear');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await reviewDialog(page).waitFor();
  expect(await reviewDialog(page).getByRole('heading', { level: 2 }).innerText()).toBe('Revisar antes de publicar');
  expect(await submissions(page)).toEqual([]);
  await expect
    .poll(() => toolbarBadge(harness, page))
    .toMatchObject({ text: String(findingsFor(TEXT.derogatory).length) });
});

test('no growth of listeners, nodes or marks over many composer and review cycles', async () => {
  page = await openPage(harness, 'https://x.com/home');
  const cdp = await page.context().newCDPSession(page);
  const cycle = async () => {
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    const dialog = page.locator('#layers [role="dialog"]');
    await dialog.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type(TEXT.derogatory);
    await waitForCheck(page, findingsFor(TEXT.derogatory).length);
    await dialog.locator('[data-testid="tweetButton"]').click();
    await reviewDialog(page).waitFor();
    await page.keyboard.press('Escape');
    await reviewDialog(page).waitFor({ state: 'detached' });
    await dialog.locator('[data-testid="app-bar-close"]').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => highlights(page)).toEqual({});
  };
  const counters = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  };
  await cycle();
  const before = await counters();
  const cycles = 6;
  for (let i = 0; i < cycles; i++) await cycle();
  const after = await counters();
  // A leak of even one listener or one editor's worth of nodes per cycle would exceed these bounds.
  expect(after.jsEventListeners - before.jsEventListeners).toBeLessThan(cycles / 2);
  expect(after.nodes - before.nodes).toBeLessThan(cycles * 10);
  expect(await submissions(page)).toEqual([]);
});

test('the extension made no network requests', () => {
  expect(harness.unexpectedRequests).toEqual([]);
});
