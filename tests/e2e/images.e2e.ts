/**
 * Image checks in the built extension: an extension page asks the background to analyse fixture images;
 * the analysis runs in the offscreen document with the packaged models (faces, OCR, logo), reports
 * progress, and makes no network request.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ImageAnalysis } from '../../lib/images/types';
import { type Harness, launch } from './harness';

/** The extension page's `chrome` (used inside page.evaluate, which runs in the browser). */
declare const chrome: {
  runtime: {
    sendMessage(message: unknown): Promise<{ res?: unknown; err?: { message: string } } | undefined>;
    onMessage: { addListener(listener: (message: { type?: string; data?: unknown }) => void): void };
  };
};

const FIXTURES = resolve('..', 'shared', 'fixtures', 'images');
const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml' };

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await launch();
  page = await harness.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/popup.html`);
  await page.evaluate(() => {
    const seen: unknown[] = [];
    (globalThis as unknown as { progress: unknown[] }).progress = seen;
    chrome.runtime.onMessage.addListener((message) => {
      if (message?.type === 'imageAnalysisProgress') seen.push(message.data);
    });
  });
});
afterAll(async () => {
  await harness?.close();
});

function dataUrl(bytes: Uint8Array, type: string): string {
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

async function analyze(name: string, bytes: Uint8Array, account: 'personal' | 'district' = 'personal') {
  const request = {
    id: `${name}-${Date.now()}`,
    name,
    dataUrl: dataUrl(bytes, TYPES[extname(name)] ?? 'application/octet-stream'),
    context: { platform: 'facebook', account, surface: 'post' },
    index: 1,
    total: 1,
  };
  // The @webext-core/messaging wire format, as the content script's sendMessage produces it.
  const reply = await page.evaluate(
    (data) => chrome.runtime.sendMessage({ id: 1, type: 'analyzeImage', data, timestamp: Date.now() }),
    request,
  );
  expect(reply?.err).toBeUndefined();
  return { id: request.id, result: reply?.res as ImageAnalysis };
}

const fixture = (path: string) => new Uint8Array(readFileSync(resolve(FIXTURES, path)));

test('a group photo: three faces, a release-form finding that District accounts must confirm, progress reported', async () => {
  const { id, result } = await analyze(
    'faceapi_three_women.jpg',
    fixture('groups/faceapi_three_women.jpg'),
    'district',
  );
  expect(result.error).toBeUndefined();
  expect(result.faces).toBeGreaterThanOrEqual(2);
  expect(result.faces).toBeLessThanOrEqual(4);
  // The offscreen document is cross-origin isolated, so face detection uses every core (CI has two).
  expect(result.faceThreads).toBe(await page.evaluate(() => navigator.hardwareConcurrency));
  const people = result.findings.find((f) => f.category === 'student-image');
  expect(people?.severity).toBe('block');
  expect(people?.message).toMatch(/This photo shows \d people\. If any of them are students, parental release forms/);
  const stages = await page.evaluate(
    (wanted) =>
      (globalThis as unknown as { progress: { id: string; stage: string }[] }).progress
        .filter((p) => p.id === wanted)
        .map((p) => p.stage),
    id,
  );
  expect([...stages].sort()).toEqual(['decode', 'done', 'faces', 'logo', 'text']);
  expect(stages[0]).toBe('decode');
  expect(stages.at(-1)).toBe('done');
});

test('a gradebook screenshot: text read, a confidential finding quoting it, and the small District emblem', async () => {
  const { result } = await analyze('gradebook_screenshot.png', fixture('text/gradebook_screenshot.png'));
  expect(result.error).toBeUndefined();
  expect(result.faces).toBe(0);
  expect(result.text).toContain('2041187');
  expect(result.text).toMatch(/FERPA/);
  expect(result.logo).toBe(true);
  const confidential = result.findings.filter((f) => f.category === 'confidential');
  expect(confidential.length).toBeGreaterThan(0);
  expect(confidential[0].message).toContain('gradebook_screenshot.png');
  expect(result.findings.map((f) => f.category)).toContain('district-branding');
});

test('the laptop sticker logo is found; a landscape and another organisation’s logo give no findings', async () => {
  const meeting = (await analyze('meeting.jpg', fixture('logo/logo_group_meeting.jpg'))).result;
  expect(meeting.error).toBeUndefined();
  expect(meeting.logo).toBe(true);
  expect(meeting.faces).toBeGreaterThanOrEqual(4);
  for (const path of ['no-people/kodak_lake.jpg', 'logo/other_logo_tesseract.png']) {
    const { result } = await analyze(path.split('/')[1], fixture(path));
    expect(result.error).toBeUndefined();
    expect({ path, faces: result.faces, logo: result.logo, findings: result.findings }).toEqual({
      path,
      faces: 0,
      logo: false,
      findings: [],
    });
  }
});

test('bad images get a clear "could not check" note, and nothing was fetched from the network', async () => {
  const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>');
  const truncated = fixture('groups/faceapi_three_women.jpg').subarray(0, 20_000);
  for (const [name, bytes] of [
    ['drawing.svg', svg],
    ['cut.jpg', truncated],
  ] as const) {
    const { result } = await analyze(name, bytes);
    expect(result.error).toMatch(/^Could not check this image: .+ You can still post it\.$/);
    expect(result.findings).toEqual([]);
  }
  expect(harness.unexpectedRequests).toEqual([]);
});
