/**
 * The request guard's acceptance tests, run once per site (requests-<site>.e2e.ts) on fixture pages served
 * under the real site URLs: a signal holds the page's accept handler until "Not a current student,
 * continue" (then exactly one call); "Don't accept" and Escape leave the request pending; no signal goes
 * straight through in the default mode (including the hard negatives); "ask on every request" prompts for
 * all and "off" for none; sending a request is guarded too, with "don't ask again" remembered by an opaque
 * id; axe-core, keyboard only, and no network request at all.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Person } from '../fixtures/sites/src/requesters';
import { screenshot } from './composer-helpers';
import { type Harness, launch } from './harness';
import {
  CLAUSE_TEXT,
  CURRENT_CLASS,
  calls,
  focusedInPrompt,
  liveRegion,
  openFixture,
  outcomeOf,
  person,
  prompt,
  promptAxeViolations,
  promptCount,
  resetRequestState,
  setRequestMode,
  storageLocal,
  tabInPromptTo,
  tabTo,
  warmManagedStorage,
} from './requests-helpers';
import { serveSites } from './sites';

/** Settings reach a new page's content script only after the (slow, in a fresh profile) managed read. */
const SETTINGS_TIMEOUT = 60_000;

export interface RequestSite {
  name: string;
  requestsUrl: string;
  /** The accept control for `p` on the requests page. */
  accept(page: Page, p: Person): Locator;
  profileUrl(p: Person): string;
  /** The send control (Follow back / Add friend) on `p`'s profile. */
  send(page: Page, p: Person): Locator;
  /** How the prompt names the person: the display name, or (Instagram) the username shown first. */
  shownName?: (p: Person) => string;
}

export function requestSuite(site: RequestSite): void {
  let harness: Harness;
  let page: Page;
  const mia = person('mia');
  const shown = site.shownName?.(mia) ?? mia.name;

  beforeAll(async () => {
    harness = await launch();
    await serveSites(harness);
    await warmManagedStorage(harness);
  });
  afterEach(async () => {
    await page?.close();
    await resetRequestState(harness);
  });
  afterAll(async () => {
    // The whole file's run: the extension made no network request (every unserved request is recorded).
    expect(harness?.unexpectedRequests ?? []).toEqual([]);
    await harness?.close();
  });

  const decisions = async () => ((await storageLocal(harness)).decisionLog as Record<string, unknown>[]) ?? [];

  test(`${site.name}: a student signal prompts; the accept handler waits for "Not a current student, continue", then runs once`, async () => {
    page = await openFixture(harness, site.requestsUrl);
    await site.accept(page, mia).click();
    await prompt(page).waitFor();
    const text = await prompt(page).innerText();
    expect(text).toContain(`Accept a request from ${shown}?`);
    expect(text).toContain('Mentions Lincoln (Lincoln Elementary)');
    expect(text).toContain(`A current student's class year: Class of ${CURRENT_CLASS}`);
    expect(text).toContain(CLAUSE_TEXT);
    expect(text).toContain('personal.student-connections');
    expect(await calls(page)).toEqual([]);
    await screenshot(page, `request-prompt-${site.name.toLowerCase()}`);
    await prompt(page).getByRole('button', { name: 'Not a current student, continue' }).click();
    await expect.poll(() => calls(page)).toEqual([{ action: 'accept', person: 'mia' }]);
    await expect.poll(() => promptCount(page)).toBe(0);
    await expect.poll(decisions).toHaveLength(1);
    const [entry] = await decisions();
    expect(entry).toMatchObject({
      kind: 'request-allowed',
      platform: site.name.toLowerCase(),
      categories: ['student-connection'],
      rules: ['request.school', 'request.class-year'],
    });
    // Names and handles never reach the log.
    expect(JSON.stringify(entry)).not.toMatch(/Hern|mia/i);
    await expect.poll(() => site.accept(page, mia).count()).toBe(0);
    expect(await calls(page)).toEqual([{ action: 'accept', person: 'mia' }]);
  });

  test(`${site.name}: "Don't accept" (and Escape) leave the request pending`, async () => {
    page = await openFixture(harness, site.requestsUrl);
    const control = site.accept(page, mia);
    await control.click();
    await prompt(page).getByRole('button', { name: "Don't accept" }).click();
    await expect.poll(() => promptCount(page)).toBe(0);
    await expect.poll(() => liveRegion(page).textContent()).toBe('Request not accepted. It is still pending.');
    expect(await calls(page)).toEqual([]);
    expect(await control.isVisible()).toBe(true);
    await control.click();
    await prompt(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => promptCount(page)).toBe(0);
    expect(await calls(page)).toEqual([]);
    await expect.poll(decisions).toHaveLength(2);
    expect((await decisions()).map((e) => e.kind)).toEqual(['request-declined', 'request-declined']);
  });

  test(`${site.name}: no signal in the default mode goes straight through (colleague, parent, alum, anyone)`, async () => {
    page = await openFixture(harness, site.requestsUrl);
    const keys = ['dana', 'pat', 'chris', 'sam'];
    for (const [index, key] of keys.entries()) {
      await site.accept(page, person(key)).click();
      expect(await outcomeOf(page, index)).toBe('call');
    }
    expect(await calls(page)).toEqual(keys.map((key) => ({ action: 'accept', person: key })));
    expect(await promptCount(page)).toBe(0);
    expect(await decisions()).toEqual([]);
  });

  test(`${site.name}: "ask on every request" prompts for all; "off" never asks`, async () => {
    await setRequestMode(harness, 'always');
    const sam = person('sam');
    page = await openFixture(harness, site.requestsUrl);
    // Settings reach the content script a moment after the page starts (the first read of managed
    // settings is slow in a fresh profile): until then a click goes through, so the page is reset and
    // the click tried again until the new mode is in force.
    await expect
      .poll(
        async () => {
          await page.evaluate(() => window.__fixture.hooks.resetRequests?.());
          await site.accept(page, sam).click();
          return outcomeOf(page, 0);
        },
        { timeout: SETTINGS_TIMEOUT },
      )
      .toBe('prompt');
    expect(await prompt(page).innerText()).toContain('District settings ask before every friend and follow request.');
    await prompt(page).getByRole('button', { name: 'Not a current student, continue' }).click();
    await expect.poll(() => calls(page)).toEqual([{ action: 'accept', person: 'sam' }]);
    await expect.poll(decisions).toHaveLength(1);
    expect((await decisions())[0]).toMatchObject({ kind: 'request-allowed', rules: ['request.always'] });

    await setRequestMode(harness, 'off');
    await expect
      .poll(
        async () => {
          if (await promptCount(page)) await prompt(page).getByRole('button', { name: "Don't accept" }).click();
          await expect.poll(() => promptCount(page)).toBe(0);
          await site.accept(page, mia).click();
          return outcomeOf(page, 1);
        },
        { timeout: SETTINGS_TIMEOUT },
      )
      .toBe('call');
    expect(await calls(page)).toEqual([
      { action: 'accept', person: 'sam' },
      { action: 'accept', person: 'mia' },
    ]);
  });

  test(`${site.name}: sending a request is guarded; "don't ask again" is remembered by an opaque id`, async () => {
    page = await openFixture(harness, site.profileUrl(mia));
    await site.send(page, mia).click();
    await prompt(page).waitFor();
    expect(await prompt(page).innerText()).toContain(`Send a request to ${shown}?`);
    await prompt(page).getByRole('button', { name: "Don't send" }).click();
    await expect.poll(() => promptCount(page)).toBe(0);
    expect(await calls(page)).toEqual([]);
    await site.send(page, mia).click();
    await prompt(page)
      .getByRole('checkbox', { name: /Don't ask again for this person/ })
      .check();
    await prompt(page).getByRole('button', { name: 'Not a current student, continue' }).click();
    await expect.poll(() => calls(page)).toEqual([{ action: 'send', person: 'mia' }]);
    await expect.poll(async () => (await storageLocal(harness)).requestRemembered).toHaveLength(1);
    const stored = JSON.stringify((await storageLocal(harness)).requestRemembered);
    expect(stored).toMatch(/^\["[0-9a-f]{32}"\]$/);
    // Salted with the install's own random secret: a public handle cannot be hashed to find it.
    expect((await storageLocal(harness)).requestSalt).toMatch(/^[0-9a-f]{32}$/);
    // On a new page the same person goes straight through (the remembered ids load as the page starts).
    await expect
      .poll(async () => {
        await page.close();
        page = await openFixture(harness, site.profileUrl(mia));
        await site.send(page, mia).click();
        return outcomeOf(page, 0);
      })
      .toBe('call');
  });

  test(`${site.name}: the prompt is an accessible dialog (axe-core), focus starts on "Don't accept", keyboard only`, async () => {
    page = await openFixture(harness, site.requestsUrl);
    const control = site.accept(page, mia);
    await tabTo(page, control);
    await page.keyboard.press('Enter');
    await prompt(page).waitFor();
    expect(await promptAxeViolations(page)).toEqual([]);
    await expect.poll(() => focusedInPrompt(page)).toBe("button:Don't accept");
    const seen = new Set<string>();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const focused = await focusedInPrompt(page);
      expect(focused).not.toBeNull();
      seen.add(focused as string);
    }
    expect(seen.size).toBe(3);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInPrompt(page)).not.toBeNull();
    // Don't accept from the keyboard: focus goes back to the control, nothing was accepted.
    await tabInPromptTo(page, "button:Don't accept");
    await page.keyboard.press('Enter');
    await expect.poll(() => promptCount(page)).toBe(0);
    await expect.poll(() => control.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await calls(page)).toEqual([]);
    // Again, and continue with the keyboard: exactly one call.
    await page.keyboard.press('Enter');
    await prompt(page).waitFor();
    await tabInPromptTo(page, 'button:Not a current student, continue');
    await page.keyboard.press('Enter');
    await expect.poll(() => calls(page)).toEqual([{ action: 'accept', person: 'mia' }]);
    await expect.poll(() => promptCount(page)).toBe(0);
  });
}
