/**
 * The options page's data tools in Chromium: import and export of settings, the policy document, and the
 * decision log. Bad input shows a clear error and changes nothing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { axeViolations, downloadedText, OWN_POLICY, setStorage, shownFindings, storedSettings } from './ui-helpers';

let h: Harness;
let page: Page;
const optionsUrl = () => `chrome-extension://${h.extensionId}/options.html`;
const status = () => page.getByTestId('save-status').getAttribute('data-status');

async function openOptions(): Promise<void> {
  await page.goto(optionsUrl());
  await page.locator('.options').waitFor();
}

beforeAll(async () => {
  h = await launch();
  page = await h.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await page.goto(optionsUrl());
  await page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }
    ).chrome.storage.local.clear(),
  );
  await openOptions();
});

describe('import and export', () => {
  const importFile = (text: string) =>
    page
      .locator('#import-file')
      .setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(text) });

  test('malformed JSON or invalid settings show a clear error and change nothing', async () => {
    await page.getByLabel('Allowed words and phrases').fill('go cougars');
    await expect.poll(status).toBe('saved');
    const before = await storedSettings(page);
    await importFile('{"allowlist": [');
    await expect
      .poll(() => page.getByTestId('import-error').innerText())
      .toContain('This file is not valid JSON. Nothing was changed.');
    expect(await storedSettings(page)).toEqual(before);
    await importFile(JSON.stringify({ allowlist: ['fine'], categories: { political: { mode: 'sometimes' } } }));
    await expect
      .poll(() => page.getByTestId('import-error').innerText())
      .toContain('This file has values Preflight cannot use.');
    expect(await page.getByTestId('import-error').innerText()).toContain('categories.political.mode');
    expect(await storedSettings(page)).toEqual(before);
    expect(await page.getByLabel('Allowed words and phrases').inputValue()).toBe('go cougars');
  });

  test('a valid (partial) file is imported, and an export holds every setting', async () => {
    await importFile(JSON.stringify({ allowlist: ['Go Cougars'], contact: { phone: '555-0100' } }));
    await expect.poll(() => page.getByTestId('import-ok').innerText()).toContain('Imported 2 settings.');
    await expect.poll(() => page.getByLabel('Allowed words and phrases').inputValue()).toBe('Go Cougars');
    expect(await page.getByLabel('Phone').inputValue()).toBe('555-0100');
    const file = await downloadedText(page, () =>
      page.getByRole('button', { name: 'Export all settings (JSON)' }).click(),
    );
    expect(file.name).toMatch(/^preflight-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(file.text);
    expect(exported).toMatchObject({ version: 1, allowlist: ['Go Cougars'], contact: { phone: '555-0100' } });
    expect(Object.keys(exported).sort()).toEqual(Object.keys((await storedSettings(page)) ?? {}).sort());
  });
});

describe('policy document', () => {
  test('invalid JSON or an invalid document shows errors and changes nothing', async () => {
    const json = page.getByLabel('Or paste the policy JSON');
    await json.fill('{"title": ');
    await page.getByRole('button', { name: 'Check and preview' }).click();
    await expect
      .poll(() => page.getByTestId('policy-error').innerText())
      .toContain('This is not valid JSON. Nothing was changed.');
    await json.fill(
      JSON.stringify({
        title: 'x',
        sections: [{ id: 'all', title: 'All', clauses: [{ id: 'Bad Id', text: '', explanation: 'e', action: 'a' }] }],
      }),
    );
    await page.getByRole('button', { name: 'Check and preview' }).click();
    await expect.poll(() => page.getByTestId('policy-error').innerText()).toContain('sections.0.clauses.0.id');
    expect(await storedSettings(page)).toBeNull();
    expect(await page.getByTestId('policy-in-use').innerText()).toContain('Shipped policy:');
  });

  test("a District's own document is previewed, used by search and findings, and can be undone", async () => {
    await page.locator('#policy-file').setInputFiles({
      name: 'policy.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(OWN_POLICY)),
    });
    const preview = page.getByTestId('policy-preview');
    await expect.poll(() => preview.innerText()).toContain('Pine Ridge Staff Social Media Rules');
    expect(await preview.innerText()).toContain('All staff: 2 clauses');
    expect(await preview.innerText()).toMatch(/No clause is tagged for: .*Confidential information/);
    await preview.getByRole('button', { name: 'Use this policy' }).click();
    await expect
      .poll(async () => ((await storedSettings(page))?.policy as { title?: string } | null)?.title)
      .toBe(OWN_POLICY.title);
    expect(await page.getByTestId('policy-in-use').innerText()).toContain("District's own policy:");

    const popup = await h.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.getByLabel('Search the social media policy').fill('cougar');
    await expect
      .poll(() => popup.locator('#policy-results [data-clause-id]').first().getAttribute('data-clause-id'))
      .toBe('staff.mascot');
    await popup.getByRole('tab', { name: 'Check text' }).click();
    await popup.getByLabel('Paste or type a draft').fill('You are a f***ing idiot');
    await expect
      .poll(async () => (await shownFindings(popup)).map((f) => f.clause))
      .toEqual(['staff.language', 'staff.language']);
    await popup.close();

    await page.getByRole('button', { name: 'Go back to the shipped policy' }).click();
    await expect.poll(async () => (await storedSettings(page))?.policy).toBeNull();
  });
});

describe('decision log', () => {
  const entries = [
    {
      time: Date.UTC(2025, 0, 2, 9, 0),
      kind: 'override',
      platform: 'x',
      account: 'personal',
      categories: ['derogatory'],
      rules: ['insult'],
      reason: 'Quoting a student, with permission',
    },
    {
      time: Date.UTC(2025, 0, 3, 9, 0),
      kind: 'false-positive',
      platform: 'facebook',
      account: 'district',
      categories: ['political'],
      rules: ['advocacy'],
    },
  ];

  test('lists decisions, exports them as CSV and clears them after confirming in a dialog', async () => {
    await setStorage(page, { decisionLog: entries });
    await expect.poll(() => page.getByTestId('log-count').innerText()).toBe('2 decisions recorded.');
    const rows = page.locator('table.log tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.first().innerText()).toContain('Not a problem');
    const csv = await downloadedText(page, () => page.getByRole('button', { name: 'Export as CSV' }).click());
    expect(csv.text.trim().split('\r\n')).toEqual([
      'time,kind,platform,account,categories,rules,reason',
      '2025-01-02T09:00:00.000Z,override,x,personal,derogatory,insult,"Quoting a student, with permission"',
      '2025-01-03T09:00:00.000Z,false-positive,facebook,district,political,advocacy,',
    ]);
    await page.getByRole('button', { name: 'Clear the log' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clear the decision log?' });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Clear the log' }).click();
    await expect.poll(() => page.getByTestId('log-count').innerText()).toBe('0 decisions recorded.');
    expect(
      await page.evaluate(
        async () =>
          (
            await (
              globalThis as unknown as {
                chrome: { storage: { local: { get(k: string): Promise<{ decisionLog?: unknown[] }> } } };
              }
            ).chrome.storage.local.get('decisionLog')
          ).decisionLog,
      ),
    ).toEqual([]);
  });
});

test('no network requests', () => {
  expect(h.unexpectedRequests).toEqual([]);
});
