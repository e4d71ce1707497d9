import type { CheckContext, Finding } from '../checker';
import type { IMAGE_CATEGORIES, TextCategory } from '../policy';

/** Decoded pixels, 4 bytes per pixel (RGBA), row-major. The analysis never sees encoded bytes. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

export type ImageCategory = (typeof IMAGE_CATEGORIES)[number];

/** A finding about an image: the image rules' own, or a text rule applied to the words read from it. */
export interface ImageFinding extends Omit<Finding, 'category'> {
  category: TextCategory | ImageCategory;
}

export interface ImageAnalysis {
  /** The file or attachment name the findings refer to. */
  file: string;
  /** Faces found (0 when the image could not be checked). */
  faces: number;
  /** Words read from the image (real words only: OCR noise is dropped). */
  text: string;
  /** Whether a District logo was found. */
  logo: boolean;
  findings: ImageFinding[];
  /** Set when the image could not be checked: plain words for the employee. Posting is never blocked by it. */
  error?: string;
  /** Milliseconds per step (for the benchmark; no content). */
  timings?: Partial<Record<AnalysisStage, number>>;
  /** Threads face detection ran on (1 where the page is not cross-origin isolated, e.g. Firefox). */
  faceThreads?: number;
}

/** A progress step, for the badge ("Checking photo 2 of 3"). */
export type AnalysisStage = 'decode' | 'faces' | 'text' | 'logo' | 'done';

/** Content script or extension page -> background: one attached image to check. */
export interface AnalyzeImageRequest {
  /** Caller's id for this image, echoed in progress messages. */
  id: string;
  /** File name shown in findings ("photo.jpg"). */
  name: string;
  /** The image as a data: URL (runtime messages carry JSON, not bytes). */
  dataUrl: string;
  context: CheckContext;
  /** Position in the post's attachments, for "Checking photo 2 of 3". */
  index?: number;
  total?: number;
  /** Benchmarks only: run the steps one after another so each is timed alone. */
  sequential?: boolean;
}

export interface ImageProgress {
  id: string;
  name: string;
  index: number;
  total: number;
  stage: AnalysisStage;
}
