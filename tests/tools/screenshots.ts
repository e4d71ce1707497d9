/**
 * Screenshots of the popup and options page for the README, from the built extension in Chromium:
 *   npm run build && npx tsx tests/tools/screenshots.ts     (writes docs/screenshots/*.png)
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch } from '../e2e/harness';

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
    await page.locator('li.finding').first().waitFor();
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
  console.log(`Screenshots written to ${OUT}/`);
}

void main();
