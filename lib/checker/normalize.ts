/**
 * Text normalization with an offset map back to the original. Removes what hides words from a
 * matcher (zero-width and bidi controls, soft hyphens, variation selectors, accents), folds
 * compatibility forms (full-width, mathematical letters, ligatures) and Unicode look-alikes to ASCII
 * letters. Case is kept: capitalization is evidence for names. Leetspeak and masking are resolved per
 * word later (see canon.ts), because digits must stay digits for phone numbers and IDs.
 */

export interface Normalized {
  /** The normalized text. */
  text: string;
  /** For each UTF-16 unit of `text`, the start offset in the original of the character it came from. */
  from: Int32Array;
  /** For each UTF-16 unit of `text`, the end offset (exclusive) in the original. */
  to: Int32Array;
}

/** Look-alikes that NFKD leaves alone: Cyrillic, Greek and a few symbols that read as Latin letters. */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  ɑ: 'a',
  ı: 'i',
  ȷ: 'j',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  μ: 'u',
  '¡': 'i',
  '¢': 'c',
  '€': 'e',
  '¥': 'y',
  ω: 'w',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  ł: 'l',
  Ł: 'L',
  ŧ: 't',
  ħ: 'h',
  '‘': "'",
  '’': "'",
  ʼ: "'",
  '`': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '−': '-',
  '…': '...',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  // Latin letters NFKD leaves alone: hooks, small capitals, turned and barred letters.
  ƒ: 'f',
  ƭ: 't',
  ɓ: 'b',
  ɗ: 'd',
  ƙ: 'k',
  ɦ: 'h',
  ɱ: 'm',
  ɲ: 'n',
  ʂ: 's',
  ʐ: 'z',
  ƈ: 'c',
  ɠ: 'g',
  ʋ: 'v',
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'i',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ǫ: 'q',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
  ɐ: 'a',
  ǝ: 'e',
  ɔ: 'c',
  ʇ: 't',
  ʞ: 'k',
  ɯ: 'm',
  ɹ: 'r',
  ʌ: 'v',
  ʍ: 'w',
  ƨ: 's',
  ʃ: 's',
  ɨ: 'i',
  ʉ: 'u',
  ƶ: 'z',
};

/** Code points that carry no visible text: removed, so "f\u200Buck" reads as "fuck". */
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM/RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings and overrides
    (cp >= 0x2060 && cp <= 0x206f) || // word joiner, invisible operators, bidi isolates
    cp === 0x00ad || // soft hyphen
    cp === 0xfeff || // BOM / zero-width no-break space
    cp === 0x034f || // combining grapheme joiner
    cp === 0x180e ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    (cp >= 0xe0000 && cp <= 0xe007f) // tag characters
  );
}

const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/gu;
const foldCache = new Map<number, string>();

/** The replacement for one non-ASCII code point (may be empty or several characters). */
function fold(cp: number, ch: string): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out = CONFUSABLES[ch];
  if (out === undefined) {
    // Lone surrogates would make normalize() throw in some engines: keep them as they are.
    out = cp >= 0xd800 && cp <= 0xdfff ? ch : ch.normalize('NFKD').replace(COMBINING, '');
    if (out.length === 1 && CONFUSABLES[out] !== undefined) out = CONFUSABLES[out];
    // Emoji and symbols NFKD does not touch keep their own characters.
    if (out === '' && !COMBINING.test(ch)) out = ch;
    COMBINING.lastIndex = 0;
  }
  if (foldCache.size < 10_000) foldCache.set(cp, out);
  return out;
}

export function normalize(input: string): Normalized {
  const n = input.length;
  let from = new Int32Array(n + 8);
  let to = new Int32Array(n + 8);
  const parts: string[] = [];
  let length = 0;

  const ensure = (extra: number) => {
    if (length + extra <= from.length) return;
    const size = (length + extra) * 2;
    const grownFrom = new Int32Array(size);
    const grownTo = new Int32Array(size);
    grownFrom.set(from);
    grownTo.set(to);
    from = grownFrom;
    to = grownTo;
  };
  /** Append a folded character: every unit of it maps to the whole source character. */
  const pushFolded = (piece: string, start: number, end: number) => {
    ensure(piece.length);
    for (let k = 0; k < piece.length; k++) {
      from[length + k] = start;
      to[length + k] = end;
    }
    parts.push(piece);
    length += piece.length;
  };
  /** Append an unchanged ASCII run: a one-to-one map. */
  const pushAscii = (start: number, end: number) => {
    ensure(end - start);
    for (let k = start; k < end; k++) {
      from[length] = k;
      to[length] = k + 1;
      length++;
    }
    parts.push(input.slice(start, end));
  };

  let run = 0;
  let i = 0;
  while (i < n) {
    if (input.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    if (run < i) pushAscii(run, i);
    const cp = input.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (!isInvisible(cp)) {
      const folded = fold(cp, input.slice(i, i + width));
      if (folded) pushFolded(folded, i, i + width);
    }
    i += width;
    run = i;
  }
  if (run < n) pushAscii(run, n);
  return { text: parts.join(''), from, to };
}

/** Map a span of normalized text back to the original text. */
export function toOriginal(norm: Normalized, start: number, end: number): [number, number] {
  if (norm.text.length === 0) return [0, 0];
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end, s + 1), norm.text.length);
  return [norm.from[s], norm.to[e - 1]];
}
