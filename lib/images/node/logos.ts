/** Reference logos in Node: files given on the command line, the settings' data URLs, or the shipped sample. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Settings } from '../../settings';
import { type LogoTemplate, prepareLogo } from '../logo';

export const SAMPLE_LOGOS = ['cedar_valley_logo.png', 'cedar_valley_emblem.png'].map((name) =>
  fileURLToPath(new URL(`../assets/${name}`, import.meta.url)),
);

async function template(name: string, bytes: Uint8Array): Promise<LogoTemplate | null> {
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(bytes)
    .resize({ width: 1024, height: 1024, fit: 'inside', withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return prepareLogo(name, { width: info.width, height: info.height, data: new Uint8Array(data) });
}

/** Templates for `files`, else the settings' logos, else the sample logo and emblem. */
export async function loadLogoTemplates(files: string[], settings: Settings): Promise<LogoTemplate[]> {
  const sources: { name: string; bytes: Uint8Array }[] = files.length
    ? files.map((f) => ({ name: basename(f), bytes: readFileSync(f) }))
    : settings.images.logos.length
      ? settings.images.logos.map((l) => ({
          name: l.name,
          bytes: Buffer.from(l.dataUrl.slice(l.dataUrl.indexOf(',') + 1), 'base64'),
        }))
      : SAMPLE_LOGOS.map((f) => ({ name: basename(f), bytes: readFileSync(f) }));
  const templates = await Promise.all(sources.map((s) => template(s.name, s.bytes)));
  return templates.filter((t): t is LogoTemplate => t !== null);
}
