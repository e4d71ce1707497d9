/**
 * The model, wasm and language files the extension ships, copied from node_modules into the build by
 * the WXT hook in wxt.config.ts (never committed, never fetched). Only what the analysis uses: the SSD
 * and tiny face detectors, tfjs's wasm kernels (single- and multi-threaded), tesseract's SIMD LSTM core and English data.
 */
import { PTHREAD_GLUE } from './pthread-worker';

export const PACKAGED = {
  models: '/models',
  wasm: '/wasm/',
  /** Generated at build time (./pthread-worker.ts), next to the glue script it imports. */
  pthreadWorker: '/wasm/tfjs-backend-wasm-threaded-simd.worker.js',
  ocrWorker: '/ocr/worker.min.js',
  ocrCore: '/ocr/tesseract-core-simd-lstm.wasm.js',
  ocrLang: '/ocr',
  logos: ['/logos/cedar_valley_logo.png', '/logos/cedar_valley_emblem.png'],
} as const;

/** [package-relative source, destination in the build] pairs. */
export const PACKAGED_FILES: [string, string][] = [
  ...['ssd_mobilenetv1_model', 'tiny_face_detector_model'].flatMap((m): [string, string][] => [
    [`@vladmandic/face-api/model/${m}-weights_manifest.json`, `models/${m}-weights_manifest.json`],
    [`@vladmandic/face-api/model/${m}.bin`, `models/${m}.bin`],
  ]),
  ['@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm', 'wasm/tfjs-backend-wasm-simd.wasm'],
  ['@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm', 'wasm/tfjs-backend-wasm.wasm'],
  // The threaded build (Chromium): its wasm and the glue script its pthread workers import.
  [
    '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm',
    'wasm/tfjs-backend-wasm-threaded-simd.wasm',
  ],
  ['@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js', `wasm/${PTHREAD_GLUE}`],
  ['tesseract.js/dist/worker.min.js', 'ocr/worker.min.js'],
  ['tesseract.js-core/tesseract-core-simd-lstm.wasm.js', 'ocr/tesseract-core-simd-lstm.wasm.js'],
  ['@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', 'ocr/eng.traineddata.gz'],
];

/** Shipped sample logos (CC0), from lib/images/assets. */
export const PACKAGED_ASSETS: [string, string][] = [
  ['cedar_valley_logo.png', 'logos/cedar_valley_logo.png'],
  ['cedar_valley_emblem.png', 'logos/cedar_valley_emblem.png'],
];
