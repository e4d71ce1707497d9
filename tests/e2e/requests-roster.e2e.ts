/**
 * The student roster end to end: a 30-name CSV imported on the options page (malformed rows reported by
 * line, the rest imported, kept in local storage only), then requests on each site whose display names
 * only match forgivingly ("Mia  Hernandez" is "Mía Hernández", "Bobby Lee" is "Robert Lee") are held.
 * Also: Facebook's profile "Confirm request", Space on a role=button, and a Spanish-labelled page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { OTHER_STUDENTS } from '../data/roster/names';
import type { Person } from '../fixtures/sites/src/requesters';
import { type Harness, launch } from './harness';
import {
  calls,
  openFixture,
  outcomeOf,
  person,
  prompt,
  promptCount,
  resetRequestState,
  storageLocal,
  storageSync,
} from './requests-helpers';
import { serveSites } from './sites';
import { axeViolations } from './ui-helpers';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
  await serveSites(harness);
});
afterAll(async () => {
  expect(harness?.unexpectedRequests ?? []).toEqual([]);
  await harness?.close();
});

// Header, 30 good rows, and three broken ones (lines 5, 12 and 20).
const ROWS = ['first name,last name', 'Mía,Hernández', 'Robert,Lee'];
for (const name of OTHER_STUDENTS) ROWS.push(name.replace(' ', ','));
ROWS.splice(4, 0, 'Cher,');
ROWS.splice(11, 0, '"Unclosed,Quote');
ROWS.splice(19, 0, 'R2,D2');
const CSV = ROWS.join('\n');

const SITES = [
  {
    name: 'Facebook',
    url: 'https://www.facebook.com/friends/requests/',
    accept: (page: Page, p: Person) =>
      page
        .locator('.fb-request-card')
        .filter({ has: page.locator(`a[href$="profile_id=${p.id}"]`) })
        .getByRole('button', { name: 'Confirm', exact: true }),
  },
  {
    name: 'X',
    url: 'https://x.com/follower_requests',
    accept: (page: Page, p: Person) =>
      page
        .locator('[data-testid="UserCell"]')
        .filter({ has: page.locator(`a[href="/${p.handle}"]`) })
        .getByRole('button', { name: 'Accept' }),
  },
  {
    name: 'Instagram',
    url: 'https://www.instagram.com/accounts/activity/?followRequests=1',
    accept: (page: Page, p: Person) =>
      page
        .locator('.ig-request-row')
        .filter({ has: page.locator(`a[href="/${p.handle}/"]`) })
        .getByRole('button', { name: 'Confirm' }),
  },
];

test('a 30-name roster CSV imports on the options page, malformed rows reported by line; stored locally only', async () => {
  await resetRequestState(harness);
  const page = await harness.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#roster`);
  await page.locator('#roster').waitFor();
  expect(await page.getByTestId('roster-count').innerText()).toBe('No roster imported.');
  await page
    .getByLabel('Import a CSV file of names')
    .setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect.poll(() => page.getByTestId('roster-outcome').innerText()).toContain('Imported 30 names.');
  const problems = await page.getByTestId('roster-problems').innerText();
  expect(problems).toContain('3 rows could not be read and were skipped:');
  expect(problems).toContain('Line 5: needs a first and a last name');
  expect(problems).toContain('Line 12: a quotation mark is not closed');
  expect(problems).toContain('Line 20: contains digits');
  await expect.poll(() => page.getByTestId('roster-count').innerText()).toBe('30 names on this device.');
  expect(await axeViolations(page)).toEqual([]);
  const local = (await storageLocal(harness)).requestRoster as { names: string[] };
  expect(local.names).toHaveLength(30);
  expect(local.names).toContain('Mía Hernández');
  expect(JSON.stringify(await storageSync(harness))).not.toMatch(/Hern|Robert/);
  await page.close();
});

for (const site of SITES) {
  test(`${site.name}: roster names match forgivingly ("Mia  Hernandez", "Bobby Lee"); others go straight through`, async () => {
    const page = await openFixture(harness, site.url);
    for (const [key, rosterName] of [
      ['miah', 'Mía Hernández'],
      ['bobby', 'Robert Lee'],
    ]) {
      await site.accept(page, person(key)).click();
      await prompt(page).waitFor();
      expect(await prompt(page).innerText()).toContain(`Name matches your student roster: ${rosterName}`);
      await prompt(page).getByRole('button', { name: "Don't accept" }).click();
      await expect.poll(() => promptCount(page)).toBe(0);
    }
    expect(await calls(page)).toEqual([]);
    // Sam is not on the roster and shows no other signal.
    await site.accept(page, person('sam')).click();
    expect(await outcomeOf(page, 0)).toBe('call');
    await page.close();
  });
}

test('clearing the roster on the options page: roster names go straight through again', async () => {
  const options = await harness.newPage();
  await options.goto(`chrome-extension://${harness.extensionId}/options.html#roster`);
  await options.getByRole('button', { name: 'Clear roster' }).click();
  await expect.poll(() => options.getByTestId('roster-count').innerText()).toBe('No roster imported.');
  expect((await storageLocal(harness)).requestRoster ?? null).toBeNull();
  const page = await openFixture(harness, SITES[0].url);
  await SITES[0].accept(page, person('bobby')).click();
  expect(await outcomeOf(page, 0)).toBe('call');
  await page.close();
  await options.close();
});

test('Facebook: a profile\'s "Confirm request" is guarded, and Space on the role=button is held too', async () => {
  await resetRequestState(harness);
  const page = await openFixture(harness, `https://www.facebook.com/profile.php?id=${person('mia').id}&pending=1`);
  const confirm = page.getByRole('button', { name: 'Confirm request' });
  await confirm.focus();
  await page.keyboard.press('Space');
  await prompt(page).waitFor();
  expect(await prompt(page).innerText()).toContain('Accept a request from Mía Hernández?');
  expect(await calls(page)).toEqual([]);
  await prompt(page).getByRole('button', { name: 'Not a current student, continue' }).click();
  await expect.poll(() => calls(page)).toEqual([{ action: 'accept', person: 'mia' }]);
  await page.close();
});

test('X in Spanish: "Aceptar" is recognised and the request held', async () => {
  const page = await openFixture(harness, 'https://x.com/follower_requests?lang=es');
  const accept = page
    .locator('[data-testid="UserCell"]')
    .filter({ has: page.locator('a[href="/mia_h"]') })
    .getByRole('button', { name: 'Aceptar' });
  await accept.click();
  await prompt(page).waitFor();
  expect(await calls(page)).toEqual([]);
  await prompt(page).getByRole('button', { name: "Don't accept" }).click();
  await expect.poll(() => promptCount(page)).toBe(0);
  expect(await calls(page)).toEqual([]);
  await page.close();
});
