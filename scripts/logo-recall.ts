/**
 * `npm run eval:logo`: how often the logo matcher finds the shipped sample logos pasted into photos.
 * Each logo (wide logo and emblem, transparency kept) is composited into the fixture photos without a
 * logo at 6-40% of the width, at positions from a fixed seed, straight or turned 4 degrees, saved as JPEG
 * at quality 70 or 90; the bare photos must have none. Prints found/pasted per size and rotation, the
 * false positives, and each miss with its best score.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import sharp from 'sharp';
import { ANALYSIS_MAX_SIDE } from '../lib/images/analyze';
import { findLogo, logoScores } from '../lib/images/logo';
import { decode } from '../lib/images/node/engine';
import { loadLogoTemplates, SAMPLE_LOGOS } from '../lib/images/node/logos';
import { DEFAULT_SETTINGS } from '../lib/settings';

const FIXTURES = resolve('..', 'shared', 'fixtures', 'images');
const PHOTOS = [
  'no-people/coffee_cup.jpg',
  'no-people/hubble_deep_field.jpg',
  'no-people/kodak_hats.jpg',
  'no-people/kodak_lake.jpg',
  'no-people/kodak_red_barn.jpg',
  'no-people/rocket_launch_pad.jpg',
  'groups/faceapi_three_women.jpg',
  'faces-children/baby_smiling.jpg',
];
const SIZES = [0.06, 0.1, 0.15, 0.25, 0.4];
const ANGLES = [0, 4];

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed / 2 ** 32;
};

/** As the analysis decodes an attached image. */
const rgba = (bytes: Uint8Array) => decode(bytes, ANALYSIS_MAX_SIDE);
const templates = await loadLogoTemplates([], DEFAULT_SETTINGS);
let falsePositives = 0;
for (const photo of PHOTOS) {
  if (findLogo(await rgba(readFileSync(resolve(FIXTURES, photo))), templates)) falsePositives++;
}
const tally = new Map<string, [number, number]>();
const misses: string[] = [];
for (const logo of SAMPLE_LOGOS) {
  for (const photo of PHOTOS) {
    for (const size of SIZES) {
      for (const angle of ANGLES) {
        const base = await sharp(resolve(FIXTURES, photo))
          .resize({ width: 1024, height: 1024, fit: 'inside' })
          .toBuffer({ resolveWithObject: true });
        const width = Math.round(base.info.width * size);
        let mark = await sharp(logo).resize({ width }).png().toBuffer();
        if (angle)
          mark = await sharp(mark)
            .rotate(angle, { background: { r: 0, g: 0, b: 0, alpha: 0 } })
            .png()
            .toBuffer();
        const meta = await sharp(mark).metadata();
        const left = Math.floor(random() * Math.max(1, base.info.width - (meta.width ?? 0)));
        const top = Math.floor(random() * Math.max(1, base.info.height - (meta.height ?? 0)));
        const quality = random() < 0.5 ? 70 : 90;
        const jpeg = await sharp(base.data)
          .composite([{ input: mark, left, top }])
          .jpeg({ quality })
          .toBuffer();
        const img = await rgba(jpeg);
        const found = findLogo(img, templates) !== null;
        const key = `${basename(logo, '.png')} ${Math.round(size * 100)}% ${angle}°`;
        const [hits, total] = tally.get(key) ?? [0, 0];
        tally.set(key, [hits + (found ? 1 : 0), total + 1]);
        if (!found) {
          const best = logoScores(img, templates)[0]?.score ?? 0;
          misses.push(`  ${key} in ${photo}: ${width} px, JPEG ${quality}, best score ${best.toFixed(2)}`);
        }
      }
    }
  }
}
for (const [key, [hits, total]] of tally) console.log(`${key.padEnd(34)} ${hits}/${total}`);
const found = [...tally.values()].reduce((s, [h]) => s + h, 0);
const pasted = [...tally.values()].reduce((s, [, t]) => s + t, 0);
console.log(
  `found ${found} of ${pasted} pasted logos; logo reported on ${falsePositives} of ${PHOTOS.length} bare photos`,
);
if (misses.length) console.log(`misses:\n${misses.join('\n')}`);
