/**
 * Looks at an image file's first bytes before anything decodes it: which format, how big, whether it
 * is animated, truncated or of a kind we do not check. A 10,000 x 10,000 image is refused here, before a
 * decoder allocates 400 MB for it. Pure: works on bytes in the browser and in Node.
 */
export type SniffResult =
  | { ok: true; format: 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp'; width: number; height: number }
  | { ok: false; reason: string };

/** Larger images are not checked (a 40 MP photo is still fine). */
export const MAX_PIXELS = 40_000_000;
export const MAX_SIDE = 16_384;

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));
const u16be = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1];
const u16le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u24le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16);
const u32be = (b: Uint8Array, at: number) => ((b[at] << 24) >>> 0) + ((b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]);
const u32le = (b: Uint8Array, at: number) => u16le(b, at) + u16le(b, at + 2) * 65536;

export function sniffImage(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const found = identify(bytes);
  if (!found.ok) return found;
  const { width, height } = found;
  if (!(width > 0 && height > 0)) return { ok: false, reason: 'the file is damaged (no image size)' };
  if (width * height > MAX_PIXELS || width > MAX_SIDE || height > MAX_SIDE) {
    return { ok: false, reason: `it is too large to check (${width} x ${height} pixels)` };
  }
  return found;
}

function identify(b: Uint8Array): SniffResult {
  if (b.length >= 24 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG') return png(b);
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpeg(b);
  if (b.length >= 10 && ascii(b, 0, 4) === 'GIF8') return gif(b);
  if (b.length >= 30 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return webp(b);
  if (b.length >= 26 && ascii(b, 0, 2) === 'BM')
    return { ok: true, format: 'bmp', width: u32le(b, 18), height: Math.abs(u32le(b, 22) | 0) };
  if (b.length >= 12 && ascii(b, 4, 4) === 'ftyp') {
    const brand = ascii(b, 8, 4);
    const kind = /avi[fs]/.test(brand) ? 'AVIF' : /hei[cxms]|hev[cx]|mif1|msf1/.test(brand) ? 'HEIC' : 'this';
    return { ok: false, reason: `${kind} images are not supported (save it as JPEG or PNG to have it checked)` };
  }
  const head = new TextDecoder()
    .decode(b.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('<') && /<svg[\s>]/i.test(new TextDecoder().decode(b.subarray(0, 65536)))) {
    return { ok: false, reason: 'SVG drawings are not checked' };
  }
  return { ok: false, reason: 'it is not an image format Preflight can read (JPEG, PNG, GIF, WebP, BMP)' };
}

function png(b: Uint8Array): SniffResult {
  const width = u32be(b, 16);
  const height = u32be(b, 20);
  let at = 8;
  let sawEnd = false;
  while (at + 8 <= b.length) {
    const length = u32be(b, at);
    const type = ascii(b, at + 4, 4);
    if (type === 'acTL') return { ok: false, reason: 'animated images are not checked' };
    if (type === 'IEND') {
      sawEnd = true;
      break;
    }
    at += 12 + length;
  }
  if (!sawEnd) return { ok: false, reason: 'the file is incomplete (truncated)' };
  return { ok: true, format: 'png', width, height };
}

function jpeg(b: Uint8Array): SniffResult {
  // A complete JPEG ends with an EOI marker (FF D9), possibly followed by a little padding.
  const tail = b.subarray(Math.max(0, b.length - 4096));
  let complete = false;
  for (let i = tail.length - 2; i >= 0 && !complete; i--) complete = tail[i] === 0xff && tail[i + 1] === 0xd9;
  if (!complete) return { ok: false, reason: 'the file is incomplete (truncated)' };
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return { ok: false, reason: 'the file is damaged' };
    const marker = b[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { ok: true, format: 'jpeg', width: u16be(b, at + 7), height: u16be(b, at + 5) };
    at += 2 + u16be(b, at + 2);
  }
  return { ok: false, reason: 'the file is damaged (no image size)' };
}

function gif(b: Uint8Array): SniffResult {
  const width = u16le(b, 6);
  const height = u16le(b, 8);
  let at = 13 + (b[10] & 0x80 ? 3 * 2 ** ((b[10] & 7) + 1) : 0);
  let frames = 0;
  const skipSubBlocks = () => {
    while (at < b.length && b[at] !== 0) at += b[at] + 1;
    at++;
  };
  while (at < b.length) {
    const block = b[at];
    if (block === 0x3b) break;
    if (block === 0x21) {
      at += 2;
      skipSubBlocks();
    } else if (block === 0x2c) {
      if (++frames > 1) return { ok: false, reason: 'animated images are not checked' };
      const flags = b[at + 9];
      at += 10 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0) + 1;
      skipSubBlocks();
    } else break;
  }
  if (frames === 0) return { ok: false, reason: 'the file is incomplete (truncated)' };
  return { ok: true, format: 'gif', width, height };
}

function webp(b: Uint8Array): SniffResult {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X') {
    if (b[20] & 0x02) return { ok: false, reason: 'animated images are not checked' };
    return { ok: true, format: 'webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  }
  if (chunk === 'VP8L') {
    const bits = u32le(b, 21);
    return { ok: true, format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return { ok: true, format: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
}
