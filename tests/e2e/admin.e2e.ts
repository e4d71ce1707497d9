/**
 * District administration: a machine policy file where Chromium reads it (the `3rdparty` extensions
 * section) is picked up. Values show locked in options, an invalid value is ignored and reported, and the
 * values apply to checks exactly as the CLI applies the same settings.
 *
 * Writes /etc/chromium/policies/managed/ (tests run as root here and in CI) and removes its file after.
 * The extension is loaded from a copy with a key made for this run, so the policy names an id no other
 * browser on the machine uses (other test runs keep their settings).
 */
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolveSettings } from '../../lib/settings/resolve';
import { EXTENSION_DIR, type Harness, launch } from './harness';
import { axeViolations, cliFindings, extensionIdFromKey, shownFindings, storedSettings } from './ui-helpers';

const POLICY_DIR = '/etc/chromium/policies/managed';
const MANAGED = {
  district: { name: 'Managed Valley Schools' },
  contact: { email: 'cr@managed.example' },
  accounts: { x: ['@ManagedValley'] },
  categories: { derogatory: { mode: 'block', override: 'not-allowed' }, political: { mode: 'strict' } },
  allowlist: ['moron'],
};

let h: Harness;
let workDir: string;
let policyFile: string;
let extensionId: string;

function removePolicy() {
  if (policyFile) rmSync(policyFile, { force: true });
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'preflight-admin-'));
  const extensionDir = join(workDir, 'extension');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const key = publicKey.toString('base64');
  const manifestPath = join(extensionDir, 'manifest.json');
  writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), key }));
  extensionId = extensionIdFromKey(key);

  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    policyFile = join(POLICY_DIR, `preflight-e2e-${extensionId}.json`);
    writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: MANAGED } } }));
  } catch (error) {
    throw new Error(`This test writes Chromium machine policy in ${POLICY_DIR} and must run as root: ${String(error)}`);
  }
  process.once('exit', removePolicy);
  h = await launch({ extensionDir });
});

afterAll(async () => {
  await h?.close();
  removePolicy();
  rmSync(workDir, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await h.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  return page;
}

test('the test copy runs under the id the policy names', () => {
  expect(h.extensionId).toBe(extensionId);
});

test('administrator values show locked in options, with the invalid one ignored and reported', async () => {
  const page = await open('options.html');
  await page.locator('.options').waitFor();
  // The first managed-storage read takes seconds in a fresh profile.
  await expect.poll(() => page.getByTestId('admin-notice').count(), { timeout: 20_000 }).toBe(1);
  const locked = await page.getByTestId('locked-paths').locator('li').allInnerTexts();
  expect(locked.sort()).toEqual(
    [
      'accounts.x',
      'allowlist',
      'categories.derogatory.mode',
      'categories.derogatory.override',
      'contact.email',
      'district.name',
    ].sort(),
  );
  const ignored = await page.getByTestId('ignored-values').innerText();
  expect(ignored).toContain('1 value was ignored');
  expect(ignored).toContain('categories.political.mode');

  const name = page.getByLabel('District name');
  expect(await name.inputValue()).toBe('Managed Valley Schools');
  expect(await name.getAttribute('readonly')).not.toBeNull();
  expect(await page.locator('[data-path="district.name"] .locked-note').innerText()).toContain(
    'Set by your District administrator',
  );
  expect(await page.getByLabel('Phone').getAttribute('readonly')).toBeNull();
  const derogatory = page.locator('#f-categories-derogatory-mode');
  expect(await derogatory.inputValue()).toBe('block');
  expect(await derogatory.isDisabled()).toBe(true);
  expect(await page.locator('#f-categories-political-mode').isDisabled()).toBe(false);
  expect(await page.getByLabel('X handles').inputValue()).toBe('@ManagedValley');

  // Typing into a locked field changes nothing; an unlocked one still saves.
  await name.focus();
  await page.keyboard.type('Other');
  expect(await name.inputValue()).toBe('Managed Valley Schools');
  await page.getByLabel('Phone').fill('555-0199');
  await expect.poll(async () => (await storedSettings(page))?.contact).toMatchObject({ phone: '555-0199' });
  expect((await storedSettings(page))?.district).toMatchObject({ name: 'Cedar Valley Schools' });
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

test('administrator values apply to checks, exactly as the CLI applies the same settings', async () => {
  const samples = [
    { text: 'You are a f***ing idiot and a moron', platform: 'x', account: 'personal', surface: 'post' },
    {
      text: 'That teacher is a moron and I will kill him',
      platform: 'facebook',
      account: 'district',
      surface: 'comment',
    },
  ];
  const settingsFile = join(workDir, 'effective-settings.json');
  writeFileSync(settingsFile, JSON.stringify(resolveSettings(null, MANAGED).settings));
  const expected = cliFindings(samples, settingsFile);
  expect(expected.flat().length).toBeGreaterThan(0);
  expect(expected.flat().every((f) => f.severity === 'block')).toBe(true);
  const plain = cliFindings(samples);
  expect(plain).not.toEqual(expected);

  const page = await open('popup.html?view=check');
  await expect.poll(() => page.locator('.popup').getAttribute('data-settings'), { timeout: 20_000 }).toBe('complete');
  expect(await page.locator('.district').innerText()).toBe('Managed Valley Schools');
  for (const [i, sample] of samples.entries()) {
    const panel = page.locator('#panel-check');
    await panel.getByLabel('Site', { exact: true }).selectOption(sample.platform);
    await panel.getByLabel('As a', { exact: true }).selectOption(sample.surface);
    await panel
      .getByLabel(sample.account === 'district' ? 'District account' : 'Personal account', { exact: true })
      .check();
    await panel.getByLabel('Paste or type a draft').fill(sample.text);
    await expect.poll(() => shownFindings(page)).toEqual(expected[i]);
  }
  await page.getByRole('tab', { name: 'Help' }).click();
  expect(await page.locator('#panel-help a[href^="mailto:"]').innerText()).toBe('cr@managed.example');
  await page.close();
});

test('no network requests', () => {
  expect(h.unexpectedRequests).toEqual([]);
});
