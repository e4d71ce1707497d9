/**
 * Screenshots of the popup and options page for the README, from the built extension in Chromium:
 *   npm run build && npx tsx tests/tools/screenshots.ts     (writes docs/screenshots/*.png)
 * As root it also shows District-locked settings, with a machine policy file for a throwaway copy of the
 * extension (removed afterwards), as the admin browser test does.
 */
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch } from '../e2e/harness';
import { extensionIdFromKey } from '../e2e/ui-helpers';

const OUT = 'docs/screenshots';

async function popup(page: Page, id: string, view = '') {
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${id}/popup.html${view}`);
  await page.locator('.popup').waitFor();
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const h = await launch();
  try {
    const page = await h.newPage();
    await popup(page, h.extensionId);
    await page.getByLabel('Search the social media policy').fill('friend request');
    await page.locator('#policy-results [data-clause-id]').first().waitFor();
    await page.screenshot({ path: `${OUT}/popup-policy-search.png` });

    await popup(page, h.extensionId, '?view=check');
    await page.getByLabel('Paste or type a draft').fill('Ugh, this ref is a f***ing idiot. Go Cougars!');
    await page.locator('.pf-finding').first().waitFor();
    await page.screenshot({ path: `${OUT}/popup-check-text.png` });

    await popup(page, h.extensionId, '?view=help');
    await page.screenshot({ path: `${OUT}/popup-help.png` });

    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.locator('.options').waitFor();
    await page.locator('[data-admin-known="true"]').waitFor({ state: 'attached', timeout: 20_000 });
    await page.screenshot({ path: `${OUT}/options.png` });
    await page.locator('#strictness').scrollIntoViewIfNeeded();
    await page.locator('#strictness').screenshot({ path: `${OUT}/options-strictness.png` });
  } finally {
    await h.close();
  }
  if (process.getuid?.() === 0) await lockedOptions();
  console.log(`Screenshots written to ${OUT}/`);
}

async function lockedOptions() {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-shots-'));
  const extensionDir = join(dir, 'extension');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const { publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const key = publicKey.toString('base64');
  const manifest = join(extensionDir, 'manifest.json');
  writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), key }));
  const policyDir = '/etc/chromium/policies/managed';
  mkdirSync(policyDir, { recursive: true });
  const policyFile = join(policyDir, `preflight-shots-${extensionIdFromKey(key)}.json`);
  const managed = {
    district: { name: 'Cedar Valley Schools' },
    contact: { email: 'communityrelations@cedarvalley.k12.example', phone: '(555) 010-2000' },
    categories: { political: { mode: 'block', override: 'not-allowed' }, derogatory: { mode: 'sometimes' } },
  };
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [extensionIdFromKey(key)]: managed } } }));
  const h = await launch({ extensionDir });
  try {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.getByTestId('admin-notice').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${OUT}/options-locked.png` });
  } finally {
    await h.close();
    rmSync(policyFile, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
