/**
 * Face counting with face-api (tfjs, wasm backend), shared by the browser host and the Node CLI.
 *
 * Measured on the fixtures (see tests): SsdMobilenetv1 at 0.5 finds every visible face, including
 * ~17 px faces in a raft and a profile half hidden by a camera, and nothing on helmets, drawings or
 * landscapes; TinyFaceDetector misses small faces and fires on a flyer's drawings. SSD also fires on
 * a cat's face, so every detection big enough to judge is confirmed by the tiny detector on a close
 * crop (all crops in one mosaic, one pass). No age estimate is used: age models over-age children.
 * SSD runs through ./ssd (same weights, anchors and outputs as face-api's, a third of the time).
 */
import type * as FaceApi from '@vladmandic/face-api';
import { hasPhotoContent } from './photo-content';
import { detectSsd } from './ssd';
import { SSD_SIZE } from './ssd-input';
import type { RgbaImage } from './types';

export type FaceApiModule = typeof FaceApi;
type Tensor3D = FaceApi.tf.Tensor3D;

export const SSD_MIN_CONFIDENCE = 0.5;
/** Detections at least this big in SSD's 512 px input are confirmed by the tiny detector. */
const CONFIRM_MIN_SIDE = 24;
const CONFIRM_MIN_SCORE = 0.15;
/** SSD detections this sure are kept without confirmation (the cat scored 0.93; real faces often 0.98+). */
const TRUSTED_SCORE = 0.97;
const TILE = 128;
const MAX_TILES = 16;

export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

/** RGB tensor of the image, 0..255 (alpha dropped; transparent pixels keep their colour). */
function toTensor(faceapi: FaceApiModule, img: RgbaImage): Tensor3D {
  const rgb = new Float32Array(img.width * img.height * 3);
  const data = img.data;
  for (let i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
    rgb[i] = data[j];
    rgb[i + 1] = data[j + 1];
    rgb[i + 2] = data[j + 2];
  }
  return faceapi.tf.tensor3d(rgb, [img.height, img.width, 3], 'float32');
}

/** Threads the wasm backend runs convolutions on (its pool is fixed when the backend starts). */
export function faceThreads(faceapi: FaceApiModule): number {
  const tf = faceapi.tf as unknown as { getThreadsCount?: () => number };
  return tf.getThreadsCount?.() ?? 1;
}

export async function detectFaces(faceapi: FaceApiModule, img: RgbaImage): Promise<FaceBox[]> {
  // Screenshots, documents and graphics with no photographic area have no faces to find.
  if (!hasPhotoContent(img)) return [];
  const found = await detectSsd(faceapi, img, SSD_MIN_CONFIDENCE);
  const toSsd = SSD_SIZE / Math.max(img.width, img.height);
  const judged = found
    .filter((f) => f.score < TRUSTED_SCORE && Math.min(f.width, f.height) * toSsd >= CONFIRM_MIN_SIDE)
    .sort((a, b) => b.width * b.height - a.width * a.height)
    .slice(0, MAX_TILES);
  if (judged.length === 0) return found;
  // The full-size image as a tensor only when there is something to confirm.
  const input = toTensor(faceapi, img);
  try {
    const confirmed = await confirm(faceapi, input, judged);
    return found.filter((f) => !judged.includes(f) || confirmed.has(f));
  } finally {
    input.dispose();
  }
}

/** The detections the tiny detector also sees as a face in a crop twice their size. */
async function confirm(faceapi: FaceApiModule, input: Tensor3D, faces: FaceBox[]): Promise<Set<FaceBox>> {
  const tf = faceapi.tf;
  const [h, w] = input.shape;
  const n = Math.ceil(Math.sqrt(faces.length));
  const mosaic = tf.tidy(() => {
    const boxes = faces.map((f) => {
      const side = Math.max(f.width, f.height) * 2;
      const cx = f.x + f.width / 2;
      const cy = f.y + f.height / 2;
      return [(cy - side / 2) / h, (cx - side / 2) / w, (cy + side / 2) / h, (cx + side / 2) / w];
    });
    // The mosaic's spare tiles: boxes wholly outside the image come out as the fill value (127), with no
    // concat (slow in the wasm backend: over 100 ms for a 4 x 4 mosaic).
    while (boxes.length < n * n) boxes.push([2, 2, 3, 3]);
    const batch = tf.expandDims(input, 0) as FaceApi.tf.Tensor4D;
    const crops = tf.image.cropAndResize(batch, boxes, new Array(n * n).fill(0), [TILE, TILE], 'bilinear', 127);
    return tf.reshape(tf.transpose(tf.reshape(crops, [n, n, TILE, TILE, 3]), [0, 2, 1, 3, 4]), [n * TILE, n * TILE, 3]);
  }) as Tensor3D;
  try {
    const options = new faceapi.TinyFaceDetectorOptions({ inputSize: n * TILE, scoreThreshold: CONFIRM_MIN_SCORE });
    const seen = await faceapi.detectAllFaces(mosaic, options);
    const ok = new Set<FaceBox>();
    for (const d of seen) {
      const cx = d.box.x + d.box.width / 2;
      const cy = d.box.y + d.box.height / 2;
      // The face was centred in its crop: a face near the crop's edge is a neighbour, not this one.
      const near = (v: number) => Math.abs((v % TILE) - TILE / 2) <= TILE / 4;
      const face = faces[Math.floor(cy / TILE) * n + Math.floor(cx / TILE)];
      if (face && near(cx) && near(cy)) ok.add(face);
    }
    return ok;
  } finally {
    mosaic.dispose();
  }
}
