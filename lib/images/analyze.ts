/**
 * One image, start to finish: sniff, decode, count faces, read text, look for the District logo, and
 * turn what was seen into findings. The host (offscreen document, Firefox background page, Node CLI)
 * supplies the engine; everything here is shared. A failure or a stuck step never throws: the result
 * carries a plain "could not check this image" note and posting is not blocked by it.
 */
import type { CheckContext } from '../checker';
import type { Settings } from '../settings';
import { withTimeout } from '../timeout';
import { encodeBmp } from './bmp';
import { detectFaces, type FaceApiModule, faceThreads } from './faces';
import { imageFindings } from './findings';
import { findLogo, type LogoTemplate } from './logo';
import { ocrImage } from './ocr-input';
import { type OcrPage, readableText } from './ocr-text';
import { type SniffResult, sniffImage } from './sniff';
import type { AnalysisStage, ImageAnalysis, RgbaImage } from './types';

export interface Engine {
  /** Decode to RGBA, at most `maxSide` pixels on the long side (EXIF orientation applied). */
  decode(bytes: Uint8Array, maxSide: number, sniffed: Extract<SniffResult, { ok: true }>): Promise<RgbaImage>;
  faceApi(): Promise<FaceApiModule>;
  /** OCR of an encoded (BMP) image. */
  recognize(bmp: Uint8Array): Promise<OcrPage>;
}

export interface AnalyzeOptions {
  file: string;
  context: CheckContext;
  settings: Settings;
  logos: LogoTemplate[];
  onProgress?: (stage: AnalysisStage) => void;
  /** Per step; a step that takes longer is abandoned. */
  timeoutMs?: number;
  /** Run the steps one after another (benchmarks time each step alone); by default OCR overlaps. */
  sequential?: boolean;
}

/** Long side of the analysed image: enough for small print in screenshots, bounded work for photos. */
export const ANALYSIS_MAX_SIDE = 1600;
const DEFAULT_TIMEOUT_MS = 60_000;
/** The first image also loads the models: on a busy machine that alone can take most of a minute. */
const COLD_TIMEOUT_MS = 180_000;
let warm = false;

export function couldNotCheck(reason: string): string {
  return `Could not check this image: ${reason}. You can still post it.`;
}

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 200);

export async function analyzeImage(bytes: Uint8Array, engine: Engine, options: AnalyzeOptions): Promise<ImageAnalysis> {
  const { file, context, settings, onProgress } = options;
  const timeoutMs = options.timeoutMs ?? (warm ? DEFAULT_TIMEOUT_MS : COLD_TIMEOUT_MS);
  const result: ImageAnalysis = { file, faces: 0, text: '', logo: false, findings: [] };
  const sniffed = sniffImage(bytes);
  if (!sniffed.ok) return { ...result, error: couldNotCheck(sniffed.reason) };
  let image: RgbaImage;
  const decodeStart = performance.now();
  try {
    onProgress?.('decode');
    image = await withTimeout(engine.decode(bytes, ANALYSIS_MAX_SIDE, sniffed), timeoutMs, 'decoding took too long');
  } catch {
    return { ...result, error: couldNotCheck('the file is damaged or cannot be decoded') };
  }
  const decodeMs = performance.now() - decodeStart;
  const failures: string[] = [];
  const timings: ImageAnalysis['timings'] = { decode: decodeMs };
  const step = async (stage: AnalysisStage, what: string, work: () => Promise<void>) => {
    onProgress?.(stage);
    const started = performance.now();
    try {
      await withTimeout(work(), timeoutMs, `${what} took too long`);
    } catch (e) {
      failures.push(`${what} failed (${reasonOf(e)})`);
    }
    timings[stage] = performance.now() - started;
  };
  // OCR runs in its own worker: start it first so it overlaps face detection and logo matching.
  const reading = step('text', 'reading text', async () => {
    result.text = readableText(await engine.recognize(encodeBmp(ocrImage(image))));
  });
  if (options.sequential) await reading;
  await step('faces', 'face detection', async () => {
    const faceapi = await engine.faceApi();
    result.faces = (await detectFaces(faceapi, image)).length;
    result.faceThreads = faceThreads(faceapi);
  });
  await step('logo', 'logo matching', async () => {
    result.logo = findLogo(image, options.logos) !== null;
  });
  await reading;
  warm = true;
  onProgress?.('done');
  result.findings = imageFindings(result, context, settings);
  result.timings = timings;
  return failures.length ? { ...result, error: couldNotCheck(failures.join('; ')) } : result;
}
