/**
 * The analysis engine in Node (CLI, tests): sharp decodes, face-api runs on tfjs's wasm backend (the
 * same kernels as in the browser, so results match), tesseract.js reads text in a worker thread. All
 * models and data come from installed npm packages; nothing is downloaded.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Worker } from 'tesseract.js';
import type { Engine } from '../analyze';
import { installConcatKernel } from '../concat-kernel';
import type { FaceApiModule } from '../faces';
import { OCR_PARAMETERS } from '../ocr-text';
import type { RgbaImage } from '../types';

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

let faceApi: Promise<FaceApiModule> | undefined;
let ocrWorker: Promise<Worker> | undefined;

async function loadFaceApi(): Promise<FaceApiModule> {
  const tf = require('@tensorflow/tfjs');
  const wasm = require('@tensorflow/tfjs-backend-wasm');
  const faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApiModule;
  wasm.setWasmPaths(`${join(packageDir('@tensorflow/tfjs-backend-wasm'), 'dist')}/`);
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');
  await tf.ready();
  installConcatKernel(tf);
  const models = join(packageDir('@vladmandic/face-api'), 'model');
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(models);
  await faceapi.nets.tinyFaceDetector.loadFromDisk(models);
  return faceapi;
}

async function loadOcr(): Promise<Worker> {
  const { createWorker, OEM } = await import('tesseract.js');
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    langPath: join(packageDir('@tesseract.js-data/eng'), '4.0.0_best_int'),
    gzip: true,
    cacheMethod: 'none',
  });
  await worker.setParameters(OCR_PARAMETERS);
  return worker;
}

/** Decode to RGBA at most `maxSide` px on the long side (EXIF orientation applied); also for tools and tests. */
export async function decode(bytes: Uint8Array, maxSide: number): Promise<RgbaImage> {
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(bytes, { failOn: 'error', limitInputPixels: false, animated: false })
    .rotate()
    .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/** Models load on first use and stay loaded for the process; `close()` ends the OCR worker. */
export const nodeEngine: Engine & { close(): Promise<void> } = {
  decode,
  faceApi: () => {
    faceApi ??= loadFaceApi();
    return faceApi;
  },
  async recognize(bmp) {
    ocrWorker ??= loadOcr();
    const worker = await ocrWorker;
    const result = await worker.recognize(Buffer.from(bmp), {}, { text: true, blocks: true });
    return result.data;
  },
  async close() {
    const worker = ocrWorker;
    ocrWorker = undefined;
    if (worker) await (await worker).terminate();
  },
};
