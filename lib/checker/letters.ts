/**
 * Letter-case tests on tokens without a Unicode-property expression per call site: each distinct
 * `\p{Lu}`-style expression makes the engine build its Unicode set when first run (several ms of a
 * cold start in all). ASCII is answered directly; other characters go to one shared expression per
 * property, so the sets are built once, and only when such a character is met.
 */
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

type Test = (ch: string) => boolean;

const isLetter: Test = (ch) => {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
};

const isUpper: Test = (ch) => {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 128) return c >= 65 && c <= 90;
  return UPPER.test(ch);
};

const isLower: Test = (ch) => {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 128) return c >= 97 && c <= 122;
  return LOWER.test(ch);
};

/** The characters (code points) of a string. */
function chars(s: string): string[] {
  return Array.from(s);
}

/** Starts with a letter. */
export const startsWithLetter = (s: string): boolean =>
  s.length > 0 && isLetter(String.fromCodePoint(s.codePointAt(0) as number));

/** Ends with a letter. */
export function endsWithLetter(s: string): boolean {
  const all = chars(s);
  const last = all[all.length - 1];
  return last !== undefined && isLetter(last);
}

/** Exactly one letter ("I", "W", "é"). */
export function isSingleLetter(s: string): boolean {
  const all = chars(s);
  return all.length === 1 && isLetter(all[0] as string);
}

/** Exactly one capital letter ("W" in "Zariah W."). */
export function isSingleCapital(s: string): boolean {
  const all = chars(s);
  return all.length === 1 && isUpper(all[0] as string);
}

/** Starts with a capital letter. */
export const startsUpper = (s: string): boolean =>
  s.length > 0 && isUpper(String.fromCodePoint(s.codePointAt(0) as number));

/** A capital then a small letter ("Maya", "McKenzie"). */
export function isCapitalized(s: string): boolean {
  const [first, second] = chars(s.slice(0, 4));
  return first !== undefined && second !== undefined && isUpper(first) && isLower(second);
}

/** A capital then only small letters ("Maya"; not "McKenzie" or "I"); `suffix` must follow them ("Garcias"). */
export function isTitleWord(s: string, suffix = ''): boolean {
  if (suffix && !s.endsWith(suffix)) return false;
  const all = chars(suffix ? s.slice(0, s.length - suffix.length) : s);
  return all.length >= 2 && isUpper(all[0] as string) && all.slice(1).every(isLower);
}

/** Two or more characters, some capital and none small ("NO", "OK!"). */
export function isAllCaps(s: string): boolean {
  if (s.length < 2) return false;
  const all = chars(s);
  return all.some(isUpper) && !all.some(isLower);
}

/** A period followed by a capital letter somewhere ("bitches.You"). */
export function hasPeriodBeforeCapital(s: string): boolean {
  for (let at = s.indexOf('.'); at >= 0 && at < s.length - 1; at = s.indexOf('.', at + 1)) {
    if (isUpper(String.fromCodePoint(s.codePointAt(at + 1) as number))) return true;
  }
  return false;
}
