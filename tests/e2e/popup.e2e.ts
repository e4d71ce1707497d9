/**
 * The toolbar popup in Chromium with the built extension: policy search, Check text against the CLI,
 * This tab, Help, keyboard-only use and axe-core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { check } from '../../lib/checker';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { EXTENSION_DIR, type Harness, launch } from './harness';
import { axeViolations, cliFindings, extensionIdFromKey, shownFindings } from './ui-helpers';

let h: Harness;
const popupUrl = (query = '') => `chrome-extension://${h.extensionId}/popup.html${query}`;
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const firstResult = (page: Page) =>
  page.locator('#policy-results [data-clause-id]').first().getAttribute('data-clause-id');

async function openPopup(query = ''): Promise<Page> {
  const page = await h.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(popupUrl(query));
  await page.locator('.popup').waitFor();
  return page;
}

beforeAll(async () => {
  h = await launch();
  await h.serve('https://x.com/**', '<!doctype html><html lang="en"><title>X</title><main>Home</main></html>');
  await h.serve('https://example.org/**', '<!doctype html><html lang="en"><title>Elsewhere</title><p>Hi</p></html>');
});
afterAll(async () => {
  await h?.close();
});

test('the unpacked extension has the fixed id its manifest key gives', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { key: string };
  expect(h.extensionId).toBe(extensionIdFromKey(manifest.key));
  expect(h.extensionId).toBe('bflagicbfidiilhlepioepakdjcbaelm');
});

describe('policy lookup', () => {
  test('"friend" puts the clause about accepting current students first; "logo" finds branding', async () => {
    const page = await openPopup();
    await expect.poll(() => focusedId(page)).toBe('policy-search');
    await page.keyboard.type('friend');
    await expect.poll(() => firstResult(page)).toBe('personal.student-connections');
    const card = page.locator('#policy-results [data-clause-id="personal.student-connections"]');
    await expect.poll(() => card.innerText()).toContain('Refrain from accepting current District students');
    await expect.poll(() => card.innerText()).toContain('What to do:');
    await expect.poll(() => card.innerText()).toContain('Employee expectations for personal use of social media');
    await page.getByLabel('Search the social media policy').fill('logo');
    await expect.poll(() => firstResult(page)).toBe('educational.branding');
    await expect.poll(() => page.getByRole('status').first().innerText()).toMatch(/clause/);
    await page.getByLabel('Search the social media policy').fill('qqqzzz');
    await expect.poll(() => page.locator('#policy-results').innerText()).toContain('No clause matches "qqqzzz".');
    await page.close();
  });

  test('browsing by section works without typing', async () => {
    const page = await openPopup();
    const sections = page.locator('details.section');
    await expect.poll(() => sections.count()).toBe(3);
    await sections.nth(2).locator('summary').click();
    await expect.poll(() => sections.nth(2).locator('[data-clause-id]').count()).toBe(6);
    expect(await sections.nth(2).locator('[data-clause-id]').first().getAttribute('data-clause-id')).toBe(
      'personal.student-connections',
    );
    await page.close();
  });
});

describe('check text', () => {
  const samples = [
    { text: 'You are a f***ing idiot', platform: 'x', account: 'personal', surface: 'post' },
    {
      text: 'That teacher is a moron and I will kill him',
      platform: 'facebook',
      account: 'district',
      surface: 'comment',
    },
    { text: 'call me about student 2019-33417', platform: 'instagram', account: 'personal', surface: 'caption' },
    { text: 'Vote YES on Measure C on November 5!', platform: 'facebook', account: 'district', surface: 'post' },
    { text: 'Picture day is tomorrow!', platform: 'x', account: 'personal', surface: 'post' },
  ];
  const labels = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' } as const;
  const surfaces = {
    post: 'Post',
    comment: 'Comment',
    reply: 'Reply',
    caption: 'Caption',
    message: 'Message',
  } as const;

  test('shows the same categories, spans and clauses as the CLI for the same input', async () => {
    const expected = cliFindings(samples);
    expect(expected.flat().length).toBeGreaterThan(0);
    const page = await openPopup('?view=check');
    for (const [i, sample] of samples.entries()) {
      const panel = page.locator('#panel-check');
      await panel
        .getByLabel('Site', { exact: true })
        .selectOption({ label: labels[sample.platform as keyof typeof labels] });
      await panel
        .getByLabel('As a', { exact: true })
        .selectOption({ label: surfaces[sample.surface as keyof typeof surfaces] });
      await panel
        .getByLabel(sample.account === 'district' ? 'District account' : 'Personal account', { exact: true })
        .check();
      await panel.getByLabel('Paste or type a draft').fill(sample.text);
      await expect.poll(() => shownFindings(page)).toEqual(expected[i]);
      if (expected[i].length === 0) {
        await expect.poll(() => page.locator('.summary').innerText()).toContain('No problems found.');
        continue;
      }
      const quotes = await page.$$eval('.pf-finding q', (qs) => qs.map((q) => q.textContent));
      expect(quotes).toEqual(expected[i].map((f) => sample.text.slice(f.start, f.end)));
    }
    await page.close();
  });
});

describe('this tab', () => {
  test('says when the tab is not a supported site', async () => {
    const page = await openPopup('?view=tab');
    // Opened as a page, the popup's own tab is the active one: an extension page, not a site Preflight checks.
    await expect.poll(() => page.locator('#panel-tab').innerText()).toContain('Preflight does not check this page.');
    await page.close();
  });

  test('names a supported site and says whether checking is active there', async () => {
    const site = await h.newPage();
    await site.goto('https://x.com/home');
    const worker = h.context.serviceWorkers()[0];
    const tabId = await worker.evaluate(async () => {
      const tabs = await (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }
      ).chrome.tabs.query({ url: 'https://x.com/*' });
      return tabs[0]?.id;
    });
    expect(tabId).toBeTypeOf('number');
    const page = await openPopup(`?view=tab&tab=${tabId}`);
    const panel = page.locator('#panel-tab');
    await expect.poll(() => panel.locator('[data-state]').getAttribute('data-state')).toBe('inactive');
    await expect.poll(() => panel.innerText()).toMatch(/Site\s+X/);
    await expect.poll(() => panel.innerText()).toContain('Not active');
    await page.close();
    await site.close();
  });
});

test('help shows the Community Relations contact, mandatory-reporting steps and privacy links', async () => {
  const page = await openPopup('?view=help');
  const help = page.locator('#panel-help');
  await expect
    .poll(() => help.locator('a[href^="mailto:"]').getAttribute('href'))
    .toBe('mailto:communityrelations@cedarvalley.example');
  expect(await help.locator('a[href^="tel:"]').innerText()).toBe('(555) 010-2000');
  expect(await help.innerText()).toContain('mandated reporter');
  const links = await help
    .locator('a[target="_blank"]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links).toEqual([
    'https://x.com/settings/privacy_and_safety',
    'https://www.facebook.com/privacy/checkup',
    'https://www.instagram.com/accounts/privacy_and_security/',
  ]);
  expect(await help.locator('.reminders li').count()).toBe(6);
  await page.close();
});

test('works by keyboard alone', async () => {
  const page = await openPopup();
  await expect.poll(() => focusedId(page)).toBe('policy-search');
  await page.keyboard.type('logo');
  await expect.poll(() => firstResult(page)).toBe('educational.branding');
  await page.keyboard.press('Shift+Tab');
  expect(await focusedId(page)).toBe('tab-policy');
  await page.keyboard.press('ArrowRight');
  expect(await focusedId(page)).toBe('tab-check');
  expect(await page.locator('#panel-check').isVisible()).toBe(true);
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe('check-text');
  await page.keyboard.type('You are a f***ing idiot');
  await expect.poll(async () => (await shownFindings(page)).length).toBeGreaterThan(0);
  // Site, "As a", then the account radios: arrows pick District.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  expect(await page.getByLabel('District account', { exact: true }).isChecked()).toBe(true);
  // The first finding's fix, by Enter; focus returns to the draft.
  await page.keyboard.press('Tab');
  const [firstFinding] = check(
    'You are a f***ing idiot',
    { platform: 'x', account: 'district', surface: 'post' },
    DEFAULT_SETTINGS,
  );
  expect(firstFinding?.fix).toBeDefined();
  expect(
    await page.evaluate(() => {
      const active = document.activeElement;
      return active?.classList.contains('pf-finding__fix') ? active.textContent : null;
    }),
  ).toBe(firstFinding?.fix?.label);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByLabel('Paste or type a draft').inputValue()).not.toContain('f***ing');
  expect(await focusedId(page)).toBe('check-text');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('End');
  expect(await focusedId(page)).toBe('tab-help');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href)).toBe(
    'mailto:communityrelations@cedarvalley.example',
  );
  await page.close();
});

test('axe-core finds no violations on any view of the popup', async () => {
  const page = await openPopup();
  const report: Record<string, unknown> = {};
  report.browse = await axeViolations(page);
  await page.locator('details.section summary').first().click();
  report.browseOpen = await axeViolations(page);
  await page.getByLabel('Search the social media policy').fill('friend request');
  await expect.poll(() => firstResult(page)).toBe('personal.student-connections');
  report.results = await axeViolations(page);
  await page.getByRole('tab', { name: 'Check text' }).click();
  await page.getByLabel('Paste or type a draft').fill('You are a f***ing idiot');
  await expect.poll(async () => (await shownFindings(page)).length).toBeGreaterThan(0);
  report.check = await axeViolations(page);
  await page.getByRole('tab', { name: 'This tab' }).click();
  await expect.poll(() => page.locator('#panel-tab [data-state]').count()).toBe(1);
  report.tab = await axeViolations(page);
  await page.getByRole('tab', { name: 'Help' }).click();
  report.help = await axeViolations(page);
  expect(report).toEqual({ browse: [], browseOpen: [], results: [], check: [], tab: [], help: [] });
  await page.close();
});

test('the popup made no network requests', () => {
  expect(h.unexpectedRequests).toEqual([]);
});
