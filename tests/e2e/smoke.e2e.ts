import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, launch } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

test('the built extension loads in Chromium and its popup renders', async () => {
  expect(harness.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await harness.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  await expect.poll(() => page.locator('#app').innerText()).toContain('Preflight');
  expect(harness.unexpectedRequests).toEqual([]);
});
