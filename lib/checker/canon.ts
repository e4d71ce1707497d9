/**
 * Canonical word forms. Each term becomes one or more lowercase tokens with disguises undone:
 * leetspeak ("sh1t", "Dumb4ss"), masking ("f***ing", "b*tch"), repeated letters ("biiitchhh"), letters
 * spaced or dotted apart ("f u c k", "f.u.c.k") and contractions ("you're" -> "you are"). Undoing
 * leetspeak or masking is only accepted when it yields a watched word, so "4th", "2nd" or "$240k"
 * stay as they are.
 */
import { DISGUISED_ONLY, INSULT_NOUNS, OBSCENE, SLURS } from './lexicon/abuse';

/** Every word a disguise may hide. */
const WATCHED = new Set([
  ...OBSCENE,
  ...SLURS,
  ...INSULT_NOUNS,
  ...DISGUISED_ONLY,
  'ass',
  'asses',
  'damn',
  'hell',
  'crap',
]);
const WATCHED_BY_LENGTH = new Map<number, string[]>();
for (const word of WATCHED) {
  if (word.includes(' ')) continue;
  const list = WATCHED_BY_LENGTH.get(word.length) ?? [];
  list.push(word);
  WATCHED_BY_LENGTH.set(word.length, list);
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '!': 'i',
  '|': 'i',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  '5': 's',
  $: 's',
  '7': 't',
  '+': 't',
  '8': 'b',
  '9': 'g',
  '6': 'g',
  '2': 'z',
};
const LEET_ALT: Record<string, string> = { '1': 'l', '!': 'l', '|': 'l', '0': 'o', '9': 'q' };

export function isWatched(word: string): boolean {
  return WATCHED.has(word);
}

function deleet(word: string, table: Record<string, string>): string {
  let out = '';
  for (const ch of word) out += table[ch] ?? LEET[ch] ?? ch;
  return out;
}

/** "f***ing" -> "fucking": each mask character stands for one letter; runs may stand for one or more. */
function unmask(word: string): string | null {
  // Only letters, leetspeak and mask characters: anything else (brackets, CJK) is not a masked word.
  if (!/[a-z]/.test(word) || /[^a-z0-9*#%@$!'-]/.test(word)) return null;
  const source = word
    .replace(/[*#%]+/g, (run) => (run.length > 1 ? `[a-z]{1,${run.length + 1}}` : '[a-z]'))
    .replace(/[@$!]/g, (c) => `[${LEET[c]}${c === '$' ? '\\$' : c}]`);
  const pattern = new RegExp(`^${source}$`);
  // Same length first: "f***ing" is "fucking", not "fuking".
  for (const length of [word.length, word.length + 1, word.length - 1, word.length + 2]) {
    for (const candidate of WATCHED_BY_LENGTH.get(length) ?? []) if (pattern.test(candidate)) return candidate;
  }
  return null;
}

/** "biiitchhh" -> "bitch", "asssss" -> "ass": try runs collapsed to one and to two letters. */
function unrepeat(word: string): string | null {
  if (!/(.)\1\1/.test(word)) return null;
  const one = word.replace(/(.)\1+/g, '$1');
  if (WATCHED.has(one)) return one;
  const two = word.replace(/(.)\1+/g, '$1$1');
  if (WATCHED.has(two)) return two;
  // Mixed: collapse only runs of three or more.
  const some = word.replace(/(.)\1\1+/g, '$1');
  if (WATCHED.has(some)) return some;
  const someTwo = word.replace(/(.)\1\1+/g, '$1$1');
  return WATCHED.has(someTwo) ? someTwo : null;
}

/**
 * Profanity run together with other words ("pieceofsh1t", "sh1tf*ck", "fuckthis"): a stem, possibly
 * masked, at the start or end of a longer word ("fuck" anywhere: no English word contains it). The
 * stem stands for the whole word. Real words that merely contain a stem are listed as exceptions.
 */
const COMPOUND_START = /^(f[u*#%][c*#%]k|sh[i*#%]t|b[i*#%]t[c*#%]h)/;
const COMPOUND_END = /(f[u*#%][c*#%]k|sh[i*#%]t|b[i*#%]t[c*#%]h)$/;
const NOT_COMPOUNDS = new Set(['mishit', 'mishits', 'shitake', 'shitakes', 'shitzu', 'shitzus']);
const STEM: Record<string, string> = { f: 'fuck', s: 'shit', b: 'bitch' };
/** Four to eight swearing symbols, with at least one of # % & among them. */
const GRAWLIX = /^(?=.*[#%&])[$#@!%&*]{4,8}$/;

function compound(word: string): string | null {
  if (word.length < 6 || !/^[a-z0-9*#%@$!|]+$/.test(word)) return null;
  const plain = deleet(word.replace(/[*#%]/g, '*'), LEET).replace(/[^a-z*]/g, '');
  if (NOT_COMPOUNDS.has(plain)) return null;
  if (plain.includes('fuck')) return 'fuck';
  const stem = COMPOUND_START.exec(plain)?.[1] ?? COMPOUND_END.exec(plain)?.[1];
  if (!stem || plain.length - stem.length < 2) return null;
  return STEM[stem[0] as string] ?? null;
}

export interface Canonical {
  word: string;
  /** True when a disguise was undone (leetspeak, masking, repeated letters). */
  disguised: boolean;
}

const SLANG: Record<string, string> = {
  u: 'you',
  ya: 'you',
  ppl: 'people',
  bc: 'because',
  cuz: 'because',
  pls: 'please',
  plz: 'please',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  thru: 'through',
  "y'all": 'yall',
  yall: 'yall',
  "ya'll": 'yall',
  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  im: 'i am',
  "i'm": 'i am',
  ive: 'i have',
  "ain't": 'is not',
};

/** Canonical form of one term's text (already Unicode-normalized). */
/** Words recur from post to post: their canonical forms are kept (bounded; results are shared, read-only). */
const CANONICAL_LIMIT = 20_000;
const canonicalCache = new Map<string, Readonly<Canonical>>();

export function canonicalWord(text: string): Readonly<Canonical> {
  let found = canonicalCache.get(text);
  if (!found) {
    if (canonicalCache.size >= CANONICAL_LIMIT) canonicalCache.clear();
    found = canonicalOf(text);
    canonicalCache.set(text, found);
  }
  return found;
}

function canonicalOf(text: string): Canonical {
  let word = text.toLowerCase().replace(/[\u{1f3fb}-\u{1f3ff}]/gu, '');
  // Letters spelled apart with dots or hyphens: "f.u.c.k", "F-U-C-K".
  if (/^(?:[a-z][.-]){2,}[a-z]?\.?$/.test(word)) word = word.replace(/[.-]/g, '');
  // Own keys only: a word such as "__proto__" must not read the object's prototype.
  const slang = Object.hasOwn(SLANG, word) ? SLANG[word] : undefined;
  if (slang) return { word: slang, disguised: false };
  // A grawlix ("$#!%", "@#$%&") stands for a swear word: the writer is still swearing.
  if (GRAWLIX.test(word) && new Set(word).size >= 3) return { word: 'shit', disguised: true };
  if (WATCHED.has(word) || !/[a-z]/.test(word)) return { word, disguised: false };
  // "@ss": a short @-word that reads as a watched word is one, not a handle.
  if (/^@/.test(word) && word.length <= 8) {
    const plain = deleet(word, LEET);
    if (WATCHED.has(plain)) return { word: plain, disguised: true };
  }
  if (/[0-9@$!|+*#%]/.test(word) && !/^[@#]/.test(word)) {
    const masked = /[*#%]/.test(word) ? unmask(word) : null;
    if (masked) return { word: masked, disguised: true };
    for (const table of [LEET, LEET_ALT]) {
      const plain = deleet(word, table);
      if (WATCHED.has(plain)) return { word: plain, disguised: true };
      const squeezed = unrepeat(plain);
      if (squeezed) return { word: squeezed, disguised: true };
    }
  }
  const squeezed = unrepeat(word);
  if (squeezed) return { word: squeezed, disguised: true };
  const joined = compound(word);
  if (joined) return { word: joined, disguised: true };
  return { word, disguised: false };
}

/** Letters written apart ("f u c k") join into a watched word. Returns the joined word or null. */
export function joinSpelled(letters: string[]): string | null {
  const joined = letters.join('').toLowerCase();
  return WATCHED.has(joined) ? joined : null;
}
