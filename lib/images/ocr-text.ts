/**
 * Turns tesseract output into the words a person would read. Photos make tesseract emit noise ("¥",
 * "RY.", "LJ Fl" at confidence 20-60, sometimes a stray "PLE" at 65), so only real words count: a word
 * with a vowel, a common two-letter word, or a number, read with good confidence. A line keeps its
 * confident short tokens (grades such as "A-", amounts) only when it has a real word longer than two
 * letters or a number; an image yields text only when it has at least two real words.
 */
export interface OcrWord {
  text: string;
  confidence: number;
}
export interface OcrPage {
  blocks?: { paragraphs: { lines: { words: OcrWord[] }[] }[] }[] | null;
}

/**
 * Tesseract settings for both hosts. Heavy noise removal drops speckle before layout analysis: on photos
 * it cuts OCR time by about a quarter and it reads the dashed-border flyer better. No second, inverted
 * reading of lines read with low confidence: on photos (all noise) that doubled the recognition work,
 * about a fifth of a photo's CPU time; the fixtures' key text is all dark on light and still read.
 */
export const OCR_PARAMETERS = { textord_heavy_nr: '1', tessedit_do_invert: '0' } as const;

export const WORD_MIN_CONFIDENCE = 60;
const TOKEN_MIN_CONFIDENCE = 75;
const MIN_REAL_WORDS = 2;
const TWO_LETTER =
  /^(am|an|as|at|be|by|do|go|he|hi|id|if|in|is|it|me|my|no|of|ok|on|or|pm|so|to|up|us|we|ms|mr|dr|st)$/i;

function core(word: string): string {
  return word.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, '');
}

export function isRealWord(word: OcrWord): boolean {
  if (word.confidence < WORD_MIN_CONFIDENCE) return false;
  const w = core(word.text);
  if (/^[$(]?\d[\d,.\-/:()%]*\d%?$/.test(w)) return w.replace(/\D/g, '').length >= 2;
  const letters = w.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3) return /[aeiouy]/i.test(letters) && /^[\p{L}\p{N}'’.\-&/]+$/u.test(w);
  return letters.length === 2 && w.length === 2 && TWO_LETTER.test(w);
}

function isConfidentToken(word: OcrWord): boolean {
  return word.confidence >= TOKEN_MIN_CONFIDENCE && /^[\p{L}\p{N}][\p{L}\p{N}+\-.,%/]*$/u.test(word.text);
}

/** The readable text of a page, one line per OCR line; empty when the image has no real words. */
export function readableText(page: OcrPage): string {
  const lines: string[] = [];
  let real = 0;
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const realHere = line.words.filter(isRealWord);
        // Texture reads as lone short words ("be", "by"): a real line has a longer word or a number.
        if (realHere.every((w) => /^\p{L}{1,2}$/u.test(core(w.text)))) continue;
        real += realHere.length;
        lines.push(
          line.words
            .filter((w) => isRealWord(w) || isConfidentToken(w))
            .map((w) => w.text)
            .join(' '),
        );
      }
    }
  }
  return real >= MIN_REAL_WORDS ? lines.join('\n') : '';
}
