/**
 * The analysis engine in an extension page (Chromium offscreen document, Firefox background page):
 * the browser decodes, face-api (bundled tfjs) runs on the wasm backend, tesseract.js runs in its own
 * worker. Every file comes from the extension package; the models load on the first image and stay warm.
 */
import type { Worker } from 'tesseract.js';
import { browser } from 'wxt/browser';
import type { Engine } from '../analyze';
import { installConcatKernel, type KernelRegistry } from '../concat-kernel';
import type { FaceApiModule } from '../faces';
import { OCR_PARAMETERS } from '../ocr-text';
import { PACKAGED } from '../packaged';
import type { RgbaImage } from '../types';
import { startWasmBackend, type WasmBackendControls } from './threads';

const url = (path: string) => browser.runtime.getURL(path as '/');

let faceApi: Promise<FaceApiModule> | undefined;
let ocr: Promise<Worker> | undefined;

async function loadFaceApi(): Promise<FaceApiModule> {
  const faceapi = (await import('@vladmandic/face-api')) as FaceApiModule;
  // face-api's bundled tfjs exposes these; its type declarations omit them.
  const tf = faceapi.tf as unknown as WasmBackendControls &
    KernelRegistry & {
      setWasmPaths(prefix: string): void;
      ready(): Promise<void>;
    };
  tf.setWasmPaths(url(PACKAGED.wasm));
  if (!(await startWasmBackend(tf, url(PACKAGED.pthreadWorker)))) throw new Error('the wasm backend did not start');
  await tf.ready();
  installConcatKernel(tf);
  // A path, not a full URL: face-api rebuilds URLs by splitting on '/' and only knows http(s)://.
  await faceapi.nets.ssdMobilenetv1.loadFromUri(PACKAGED.models);
  await faceapi.nets.tinyFaceDetector.loadFromUri(PACKAGED.models);
  return faceapi;
}

async function loadOcr(): Promise<Worker> {
  const { createWorker, OEM } = await import('tesseract.js');
  const worker = await createWorker('eng', OEM.LSTM_ONLY, {
    workerPath: url(PACKAGED.ocrWorker),
    corePath: url(PACKAGED.ocrCore),
    langPath: url(PACKAGED.ocrLang),
    gzip: true,
    cacheMethod: 'none',
    workerBlobURL: false,
  });
  await worker.setParameters(OCR_PARAMETERS);
  return worker;
}

export async function decodeInBrowser(bytes: Uint8Array, maxSide: number, width: number, height: number) {
  const k = Math.min(1, maxSide / Math.max(width, height));
  // Resize by drawing, not createImageBitmap's resize options (not in every Firefox).
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
    imageOrientation: 'from-image',
  });
  try {
    const w = Math.max(1, Math.round(bitmap.width * k));
    const h = Math.max(1, Math.round(bitmap.height * k));
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d canvas');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, w, h);
    return { width: w, height: h, data: ctx.getImageData(0, 0, w, h).data } satisfies RgbaImage;
  } finally {
    bitmap.close();
  }
}

export const browserEngine: Engine = {
  decode: (bytes, maxSide, sniffed) => decodeInBrowser(bytes, maxSide, sniffed.width, sniffed.height),
  faceApi: () => {
    faceApi ??= loadFaceApi().catch((e) => {
      faceApi = undefined;
      throw e;
    });
    return faceApi;
  },
  async recognize(bmp) {
    const worker = await ocrWorker();
    const result = await worker.recognize(bmp as unknown as Blob, {}, { text: true, blocks: true });
    return result.data;
  },
};

/** Load the models now (e.g. when an attachment appears), so the first check does not wait for them. */
export async function warmUp(): Promise<void> {
  await browserEngine.faceApi();
  await ocrWorker();
}

/** The OCR worker, loaded once; a failed load is forgotten so the next photo tries again. */
function ocrWorker() {
  ocr ??= loadOcr().catch((e) => {
    ocr = undefined;
    throw e;
  });
  return ocr;
}
