/** The image-analysis host shared by the offscreen document and the Firefox background page. */
import { browser } from 'wxt/browser';
import type { Settings } from '../../settings';
import { analyzeImage } from '../analyze';
import { type LogoTemplate, prepareLogo } from '../logo';
import { PACKAGED } from '../packaged';
import { sniffImage } from '../sniff';
import type { AnalyzeImageRequest, ImageAnalysis, ImageProgress } from '../types';
import { browserEngine, decodeInBrowser } from './engine';

export function dataUrlToBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  const meta = dataUrl.slice(0, comma);
  const body = dataUrl.slice(comma + 1);
  if (!meta.endsWith(';base64')) return new TextEncoder().encode(decodeURIComponent(body));
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

type Logo = Settings['images']['logos'][number];
let templates: { logos: Logo[]; value: Promise<LogoTemplate[]> } | undefined;

/** The same logos, compared image by image (a replaced logo of the same size must not keep the old template). */
const sameLogos = (a: Logo[], b: Logo[]) =>
  a.length === b.length && a.every((l, i) => l.name === b[i]?.name && l.dataUrl === b[i]?.dataUrl);

async function template(name: string, bytes: Uint8Array): Promise<LogoTemplate | null> {
  const sniffed = sniffImage(bytes);
  if (!sniffed.ok) return null;
  return prepareLogo(name, await decodeInBrowser(bytes, 1024, sniffed.width, sniffed.height));
}

/** Reference logos: the District's from settings, else the shipped sample. Prepared once, kept. */
function logoTemplates(settings: Settings): Promise<LogoTemplate[]> {
  const custom = settings.images.logos;
  if (!templates || !sameLogos(templates.logos, custom)) {
    const sources = custom.length
      ? custom.map((l) => Promise.resolve({ name: l.name, bytes: dataUrlToBytes(l.dataUrl) }))
      : PACKAGED.logos.map(async (path) => {
          const response = await fetch(browser.runtime.getURL(path as '/'));
          return { name: path.split('/').pop() ?? path, bytes: new Uint8Array(await response.arrayBuffer()) };
        });
    const value = Promise.all(sources.map(async (s) => template((await s).name, (await s).bytes).catch(() => null)));
    templates = { logos: custom, value: value.then((all) => all.filter((t): t is LogoTemplate => t !== null)) };
  }
  return templates.value;
}

export async function analyzeRequest(
  request: AnalyzeImageRequest,
  settings: Settings,
  onProgress: (progress: ImageProgress) => void,
): Promise<ImageAnalysis> {
  const { id, name } = request;
  const index = request.index ?? 1;
  const total = request.total ?? 1;
  const logos = await logoTemplates(settings).catch(() => []);
  return analyzeImage(dataUrlToBytes(request.dataUrl), browserEngine, {
    file: name,
    context: request.context,
    settings,
    logos,
    sequential: request.sequential,
    onProgress: (stage) => onProgress({ id, name, index, total, stage }),
  });
}
