/**
 * Per-chunk analysis, cached. A post is split into chunks at sentence and line ends; each chunk is
 * normalized, tokenized once (nlp.ts) and turned into canonical tokens. Chunks are cached by their text,
 * so re-checking a long post after one keystroke re-parses only the chunk that changed; rules memoize
 * their own per-chunk work on the chunk (see `memo`).
 */
import { canonicalWord, joinSpelled } from './canon';
import { endsWithLetter, hasPeriodBeforeCapital, isAllCaps, isCapitalized, isSingleLetter } from './letters';
import { tagNames } from './name-tags';
import { type RawTerm, tokenize } from './nlp';
import { type Normalized, normalize } from './normalize';
import { MENTION_MARK, NAME_TAG, NUMBER_MARK, TAG_CHARS_RE, tagMark } from './pattern';
import { tagsOf } from './vocab';

export interface Token {
  /** Canonical lowercase form ("you're" gives "you" then "are"; "sh1t" gives "shit"). */
  w: string;
  /** The term as written (normalized characters, case kept). */
  raw: string;
  /** Offsets in the chunk's original text. */
  start: number;
  end: number;
  /** Capitalized (not all caps) and not the first word of a sentence. */
  cap: boolean;
  /** Written in capitals, two letters or more. */
  upper: boolean;
  /** Looks like a person's name (first-name list, a title before it, a name beside it). */
  name: boolean;
  sentenceStart: boolean;
  disguised: boolean;
}

export interface Chunk {
  /** Original text of the chunk. */
  text: string;
  norm: Normalized;
  tokens: Token[];
  /** Canonical tokens joined by single spaces; "," and "." stand for clause and sentence breaks. */
  canon: string;
  /** For each character of `canon`, the index of its token. */
  tokenAt: Int32Array;
  /** Every canonical word of the chunk, plus shape markers (names, mentions, numbers): pattern anchors. */
  words: Set<string>;
  /** Per-chunk results of scanners and expressions, keyed by their id or the RegExp itself. */
  memo: Map<string | RegExp, unknown>;
  /** The check that last used this chunk (see `analyzeChunks`). */
  used: number;
}

const ABBREVIATIONS = /(?:^|\s)(?:mr|mrs|ms|dr|st|vs|jr|sr|no|rm|gr|mt|ft|ave|blvd|etc|prof|coach|[a-z])\.$/i;

/**
 * Longest chunk handed to the tokenizer. Compromise's sentence splitter re-tests the text it has merged so
 * far for every piece it merges, so a long run without sentence ends (e.g. 60,000 characters with no
 * letters) took seconds to minutes. Real sentences are far shorter; a longer run is cut at a space.
 */
export const MAX_CHUNK = 1000;
/** How far back from the limit a space is looked for before cutting mid-word. */
const CUT_SEARCH = 200;

/** Add `text` (at `offset`) to `out` in pieces of at most MAX_CHUNK characters, cut after a space where there is one. */
function pushCapped(out: { text: string; offset: number }[], text: string, offset: number): void {
  let start = 0;
  while (text.length - start > MAX_CHUNK) {
    let end = start + MAX_CHUNK;
    const space = text.slice(end - CUT_SEARCH, end).search(/\s\S*$/);
    if (space >= 0) end = end - CUT_SEARCH + space + 1;
    // Never between the halves of a surrogate pair.
    else if (/[\ud800-\udbff]/.test(text[end - 1])) end--;
    out.push({ text: text.slice(start, end), offset: offset + start });
    start = end;
  }
  out.push({ text: start ? text.slice(start) : text, offset: offset + start });
}

/** Split at sentence ends followed by space, and at line breaks; keep abbreviations and initials inside. */
export function splitChunks(text: string): { text: string; offset: number }[] {
  const chunks: { text: string; offset: number }[] = [];
  const boundary = /[.!?…]+["'”’)\]]*[ \t]+(?=\S)|\n+/g;
  let last = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] !== '\n' && ABBREVIATIONS.test(text.slice(Math.max(last, m.index - 12), m.index + 1))) continue;
    pushCapped(chunks, text.slice(last, end), last);
    last = end;
  }
  if (last < text.length) pushCapped(chunks, text.slice(last), last);
  return chunks;
}

/**
 * A chunk stays cached while one of the last KEEP_CHECKS checks used it: a post re-checked after each
 * keystroke re-parses only the edited chunk, even with several composers open, while a stream of new
 * posts does not pile up parsed chunks that every young-generation GC would copy (the checker's
 * slowest moments were those GCs).
 */
const KEEP_CHECKS = 8;
const CACHE_LIMIT = 2000;
const cache = new Map<string, Chunk>();
let checks = 0;

/** Forget every parsed chunk (benchmarks time full checks from scratch with it). */
export function clearChunkCache(): void {
  cache.clear();
}

/** The analysed chunks of one check, in order. */
export function analyzeChunks<T extends { text: string }>(parts: T[]): (T & { chunk: Chunk })[] {
  const now = ++checks;
  const out = parts.map((part) => ({ ...part, chunk: analyzeChunk(part.text, now) }));
  // Map iteration order is insertion order and a used chunk is re-inserted: the oldest come first.
  for (const [text, chunk] of cache) {
    if (chunk.used >= now - KEEP_CHECKS && cache.size <= CACHE_LIMIT) break;
    cache.delete(text);
  }
  return out;
}

function analyzeChunk(text: string, now: number): Chunk {
  const hit = cache.get(text);
  if (hit) {
    if (hit.used !== now) {
      cache.delete(text);
      cache.set(text, hit);
      hit.used = now;
    }
    return hit;
  }
  const chunk = buildChunk(text);
  chunk.used = now;
  cache.set(text, chunk);
  return chunk;
}

function buildChunk(text: string): Chunk {
  const norm = normalize(text);
  const terms = tokenize(norm.text).flatMap(splitGlued);
  const tokens = toTokens(terms, norm);
  tagNames(tokens);
  // Every chunk ends with a sentence break, so patterns can ask for the end of a sentence.
  const lastToken = tokens[tokens.length - 1];
  if (lastToken && lastToken.w !== '.') {
    tokens.push({
      ...lastToken,
      w: '.',
      raw: '.',
      start: lastToken.end,
      end: lastToken.end,
      name: false,
      disguised: false,
      cap: false,
      upper: false,
      sentenceStart: false,
    });
  }
  // Each token is written with its class tags right after it (see pattern.ts; names carry NAME_TAG).
  const written = tokens.map((token) => {
    const tags = tagsOf(token.w) + (token.name ? NAME_TAG : '');
    return token.w.replace(TAG_CHARS_RE, '') + tags;
  });
  let canon = '';
  const tokenAt = new Int32Array(written.reduce((n, w) => n + w.length + 1, 0));
  written.forEach((word, index) => {
    if (index > 0) {
      tokenAt[canon.length] = index;
      canon += ' ';
    }
    tokenAt.fill(index, canon.length, canon.length + word.length);
    canon += word;
  });
  const words = new Set<string>();
  for (const token of tokens) {
    words.add(token.w);
    for (const tag of tagsOf(token.w)) words.add(tagMark(tag));
    if (token.name) words.add(tagMark(NAME_TAG));
    if (token.w.startsWith('@')) words.add(MENTION_MARK);
    if (/^[0-9]/.test(token.w)) words.add(NUMBER_MARK);
  }
  return { text, norm, tokens, canon, tokenAt, words, memo: new Map(), used: 0 };
}

/**
 * Split terms the tokenizer left glued: quotes inside a term ('symptoms”bitch') and a sentence period
 * without a space ('bitches.You'). URLs, e-mail addresses and handles stay whole.
 */
function splitGlued(raw: RawTerm): RawTerm[] {
  // "F*** the Eagles": the tokenizer leaves the mask characters in the punctuation after the letter.
  let term = raw;
  const mask = /^[*#%]+/.exec(raw.post);
  if (mask && endsWithLetter(raw.text)) {
    term = { ...raw, text: raw.text + mask[0], end: raw.end + mask[0].length, post: raw.post.slice(mask[0].length) };
  }
  if (!(/["“”]/.test(term.text) || hasPeriodBeforeCapital(term.text)) || /[/@]|^#/.test(term.text)) return [term];
  const out: RawTerm[] = [];
  const re = /[^"“”.]+(?:\.(?!\p{Lu})[^"“”.]*)*/gu;
  for (let m = re.exec(term.text); m; m = re.exec(term.text)) {
    const text = m[0].replace(/\.$/, '');
    if (!text) continue;
    const start = term.start + m.index;
    out.push({ ...term, text, implicit: null, start, end: start + text.length, pre: '', post: ' ' });
  }
  if (out.length === 0) return [term];
  (out[0] as RawTerm).pre = term.pre;
  (out[out.length - 1] as RawTerm).post = term.post;
  return out;
}

/** Map normalized offsets to original offsets of the chunk. */
function original(norm: Normalized, start: number, end: number): [number, number] {
  if (norm.text.length === 0) return [0, 0];
  const s = Math.min(start, norm.text.length - 1);
  if (end <= start) return [norm.from[s] as number, norm.from[s] as number];
  return [norm.from[s] as number, norm.to[Math.min(end, norm.text.length) - 1] as number];
}

/** Terms to tokens: hyphen compounds joined, spelled-out letters joined, possessives split. */
function toTokens(terms: RawTerm[], norm: Normalized): Token[] {
  const tokens: Token[] = [];
  let previousSentence = -1;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as RawTerm;
    const sentenceStart = term.sentence !== previousSentence;
    if (sentenceStart && tokens.length > 0) pushBreak(tokens, '.', term.start, norm);
    previousSentence = term.sentence;

    // "f u c k" / "F U C K": three or more one-letter terms that spell a watched word.
    if (isSingleLetter(term.text)) {
      let j = i;
      while (
        j < terms.length &&
        isSingleLetter((terms[j] as RawTerm).text) &&
        (terms[j] as RawTerm).sentence === term.sentence
      )
        j++;
      if (j - i >= 3) {
        const joined = joinSpelled(terms.slice(i, j).map((t) => t.text));
        if (joined) {
          const [start, end] = original(norm, term.start, (terms[j - 1] as RawTerm).end);
          tokens.push({
            w: joined,
            raw: norm.text.slice(term.start, (terms[j - 1] as RawTerm).end),
            start,
            end,
            cap: false,
            upper: false,
            name: false,
            sentenceStart,
            disguised: true,
          });
          i = j - 1;
          continue;
        }
      }
    }

    // Hyphen compounds written without spaces ("throat-punch", "washed-up") become one token.
    let endIndex = i;
    let text = term.text;
    while (
      endIndex + 1 < terms.length &&
      (terms[endIndex] as RawTerm).post === '-' &&
      (terms[endIndex + 1] as RawTerm).pre === ''
    ) {
      endIndex++;
      text += `-${(terms[endIndex] as RawTerm).text}`;
    }
    const last = terms[endIndex] as RawTerm;
    const [start, end] = original(norm, term.start, last.end);
    i = endIndex;

    if (term.implicit !== null && term.implicit !== undefined) {
      // Contractions: compromise gives "you're" -> "you" (the written term) + "" with implicit "are".
      const word = term.implicit.toLowerCase();
      tokens.push({
        w: word,
        raw: term.text,
        start,
        end,
        cap: false,
        upper: false,
        name: false,
        sentenceStart,
        disguised: false,
      });
      continue;
    }
    const possessive = /^(.+?)['’]s$/i.exec(text);
    const base = possessive ? (possessive[1] as string) : text;
    const canonical = canonicalWord(base);
    const baseEnd = possessive ? end - 2 : end;
    for (const w of canonical.word.split(' ')) {
      tokens.push({
        w,
        raw: base,
        start,
        end: baseEnd,
        cap: isCapitalized(base) && !sentenceStart,
        upper: isAllCaps(base),
        name: false,
        sentenceStart,
        disguised: canonical.disguised,
      });
    }
    if (possessive) {
      const pronoun =
        /^(he|she|it|that|this|there|here|what|who|where|how|everyone|everybody|nobody|somebody|someone|everything|nothing|something|let)$/i;
      tokens.push({
        w: pronoun.test(base) ? (/^let$/i.test(base) ? 'us' : 'is') : "'s",
        raw: "'s",
        start: baseEnd,
        end,
        cap: false,
        upper: false,
        name: false,
        sentenceStart: false,
        disguised: false,
      });
    }
    const post = last.post;
    if (/[,;:]/.test(post)) pushBreak(tokens, ',', last.end, norm);
    else if (
      /[!?]|\.(?!\s*$)|\.\s/.test(post) &&
      !isTitle(last.text) &&
      endIndex + 1 < terms.length &&
      (terms[endIndex + 1] as RawTerm).sentence === term.sentence
    ) {
      pushBreak(tokens, ',', last.end, norm);
    }
  }
  return tokens;
}

/** Abbreviations and initials whose period does not end a clause ("Mr. Dawson", "Caleb W."). */
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'jr', 'sr', 'prof', 'rev', 'coach']);
const isTitle = (word: string) => TITLE_WORDS.has(word.toLowerCase()) || isSingleLetter(word);

function pushBreak(tokens: Token[], mark: ',' | '.', at: number, norm: Normalized): void {
  const previous = tokens[tokens.length - 1];
  if (!previous || previous.w === '.' || previous.w === ',') {
    if (previous && mark === '.') previous.w = '.';
    return;
  }
  const [start] = original(norm, at, at);
  tokens.push({
    w: mark,
    raw: mark,
    start,
    end: start,
    cap: false,
    upper: false,
    name: false,
    sentenceStart: false,
    disguised: false,
  });
}
