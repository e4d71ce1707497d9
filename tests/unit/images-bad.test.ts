/**
 * Bad images through the CLI's analysis code: every one gets a plain "could not check this image"
 * note and no findings, never a crash or a hang; a stuck step is abandoned.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyzeImage, type Engine } from '../../lib/images/analyze';
import { analyzeFile } from '../../lib/images/node/cli';
import { nodeEngine } from '../../lib/images/node/engine';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const FIXTURES = resolve('..', 'shared', 'fixtures', 'images');
const context = { platform: 'x', account: 'district', surface: 'post' } as const;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'preflight-bad-images-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await nodeEngine.close();
});

async function check(name: string, bytes: Uint8Array | Buffer) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return analyzeFile({ file, context, settings: DEFAULT_SETTINGS, logos: [] });
}

const photo = () => sharp(join(FIXTURES, 'groups/faceapi_three_women.jpg')).toBuffer();

test.each([
  ['zero-byte.jpg', async () => Buffer.alloc(0), /empty/],
  ['truncated.jpg', async () => (await photo()).subarray(0, 30_000), /truncated/],
  [
    'truncated.png',
    async () => (await sharp(join(FIXTURES, 'text/class_roster.png')).toBuffer()).subarray(0, 20_000),
    /truncated/,
  ],
  [
    'huge.png',
    () =>
      sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#fff' } })
        .png({ compressionLevel: 1 })
        .toBuffer(),
    /too large/,
  ],
  [
    'drawing.svg',
    async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><circle r="4"/></svg>'),
    /SVG/,
  ],
  [
    'photo.heic',
    async () => Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(500)]),
    /HEIC/,
  ],
  [
    'animated.gif',
    async () => {
      const frame = (background: string) =>
        sharp({ create: { width: 8, height: 8, channels: 3, background } })
          .png()
          .toBuffer();
      return sharp([await frame('#f00'), await frame('#00f')], { join: { animated: true } })
        .gif()
        .toBuffer();
    },
    /animated/,
  ],
])(
  '%s: "could not check this image", no findings',
  async (name, make, reason) => {
    const result = await check(name, await make());
    expect(result.error).toMatch(/^Could not check this image: .+\. You can still post it\.$/);
    expect(result.error).toMatch(reason);
    expect(result.findings).toEqual([]);
    expect(result.faces).toBe(0);
  },
  120_000,
);

test('a step that never finishes is abandoned with a note; the other steps still run', async () => {
  const stuck: Engine = {
    decode: async () => ({ width: 64, height: 64, data: new Uint8Array(64 * 64 * 4).fill(255) }),
    faceApi: () => new Promise(() => undefined),
    recognize: async () => ({ blocks: [] }),
  };
  const bytes = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();
  const result = await analyzeImage(new Uint8Array(bytes), stuck, {
    file: 'white.png',
    context,
    settings: DEFAULT_SETTINGS,
    logos: [],
    timeoutMs: 200,
  });
  expect(result.error).toMatch(/face detection failed \(face detection took too long\)/);
  expect(result.timings?.text).toBeDefined();
  expect(result.findings).toEqual([]);
});
