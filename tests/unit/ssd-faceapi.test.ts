/**
 * lib/images/ssd runs face-api's SSD MobileNet v1 its own way (folded batch norms, no square padding,
 * merged heads). Here it is held against face-api's own detector on fixture photos at 1,024 px: the
 * same faces, in the same places, with the same scores.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as FaceApi from '@vladmandic/face-api';
import { afterAll, describe, expect, test } from 'vitest';
import type { FaceApiModule } from '../../lib/images/faces';
import { decode, nodeEngine } from '../../lib/images/node/engine';
import { type Detection, detectSsd } from '../../lib/images/ssd';
import type { RgbaImage } from '../../lib/images/types';

const FIXTURES = resolve('..', 'shared', 'fixtures', 'images');
/** Below face-api's 0.5, so near-misses are compared too. */
const MIN_SCORE = 0.3;

afterAll(() => nodeEngine.close());

function iou(a: Detection, b: Detection): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w <= 0 || h <= 0 ? 0 : (w * h) / (a.width * a.height + b.width * b.height - w * h);
}

async function faceApiSsd(faceapi: FaceApiModule, { width, height, data }: RgbaImage) {
  const tf = faceapi.tf;
  const rgb = tf.tidy(() =>
    tf.slice(tf.tensor3d(Int32Array.from(data), [height, width, 4], 'int32'), [0, 0, 0], [-1, -1, 3]),
  ) as FaceApi.tf.Tensor3D;
  try {
    const options = new faceapi.SsdMobilenetv1Options({ minConfidence: MIN_SCORE, maxResults: 100 });
    const found = await faceapi.detectAllFaces(rgb, options);
    return found.map((d) => ({ x: d.box.x, y: d.box.y, width: d.box.width, height: d.box.height, score: d.score }));
  } finally {
    rgb.dispose();
  }
}

describe('SSD against face-api', () => {
  test.each([
    'groups/faceapi_three_women.jpg',
    'groups/kodak_rafting_with_children.jpg',
    'faces-adults/kodak_woman_standing_small_face.jpg',
    'faces-children/kodak_girl_face_paint.jpg',
    'groups/kodak_motocross_helmets.jpg',
  ])(
    '%s: the same faces and scores',
    async (file) => {
      const faceapi = await nodeEngine.faceApi();
      const img = await decode(readFileSync(resolve(FIXTURES, file)), 1024);
      const ours = await detectSsd(faceapi, img, MIN_SCORE);
      const theirs = await faceApiSsd(faceapi, img);
      expect(ours.length).toBe(theirs.length);
      for (const face of theirs) {
        const match = ours.reduce((best, o) => (iou(o, face) > iou(best, face) ? o : best), ours[0]);
        // Boxes at the image's edge differ a little: face-api's padding is image content to its network.
        expect(iou(match, face)).toBeGreaterThan(0.6);
        expect(Math.abs(match.score - face.score)).toBeLessThan(0.02);
      }
    },
    60_000,
  );
});
