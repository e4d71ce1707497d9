/**
 * A small pattern language over canonical tokens, compiled to one regular expression each:
 *   word            a literal token;  a|b|c  any of several
 *   {class}         any entry of a named word class (entries may be several words)
 *   x?              optional token
 *   *  / *3         any one token / up to three tokens (never across a sentence break)
 *   x*3             one to three of x (add ? for zero to three)
 *   /regex/         one token matching a raw regular expression
 *   <s>             the start of a sentence (zero width)
 *   !x              the focus: the finding's span (defaults to the whole match)
 *   (a b|c d)       a group of token sequences, e.g. (shut up|go away)?
 * Tokens are separated by single spaces in the canonical text; "," and "." are tokens too.
 *
 * Speed: each pattern knows words that every match must contain (its anchors, e.g. one of the insult
 * words). A chunk without any anchor word is skipped without running the regular expression, and the
 * expression itself is built only when first needed. Most patterns never run on most posts.
 */
import type { Chunk } from './analysis';
import { ANCHOR_TABLE } from './data/anchors';

/** A word class: its regular-expression source and the first words of its entries (null: unknown). */
export interface WordClass {
  source: string;
  firsts: Set<string> | null;
}

export type Classes = Record<string, WordClass>;

export interface Match {
  /** Token index range of the whole match and of the focus, end exclusive. */
  from: number;
  to: number;
  focusFrom: number;
  focusTo: number;
}

export interface Pattern {
  readonly text: string;
  /**
   * For each required item, the words of which a match must contain at least one. A chunk must meet
   * every set (none: nothing is certain) before the expression runs.
   */
  readonly anchors: readonly (readonly string[])[];
  /** The compiled expression, built on first use. */
  regex(): RegExp;
}

/**
 * In the canonical text each token may carry class tags right after it: "idiot" followed by the
 * private-use characters of the classes it belongs to (one each). Classes then match a short
 * expression ("a token tagged B") instead of a list of hundreds of words, and a literal word allows
 * its tags with one character class, which keeps the expressions small and quick to compile.
 */
export const TAG_RANGE = '\uE000-\uF8FF';
/** Text can never carry a tag itself: tag characters are removed from the words first. */
export const TAG_CHARS_RE = /[\uE000-\uF8FF]/g;
/** The tag every name-like token carries. */
export const NAME_TAG = '\uE000';
/** Prefix of the anchor markers added to a chunk's word set: one per tag present, plus shapes. */
export const TAG = '\u0001';
export const tagMark = (tag: string) => `${TAG}${tag}`;
/** A token carrying `tag`: its word, then its tags, one of them `tag`. */
export const tagged = (tag: string) => `[^ ${TAG_RANGE}]+[${TAG_RANGE}]*${tag}[${TAG_RANGE}]*`;
export const MENTION_MARK = '@mention';
export const NUMBER_MARK = '<num>';
/** Optional tags after a word. */
export const TAGS = `[${TAG_RANGE}]*`;

/** A literal word (or words) in pattern syntax, each allowed to carry tags. */
export function literal(words: string): string {
  return words
    .split(' ')
    .map((w) => `${w.replace(/[.*+?^$()[\]\\{}|]/g, '\\$&')}${TAGS}`)
    .join(' ');
}

const ANY = '(?:[^ .][^ ]*|\\.\\.\\.)';

/** Words so common that anchoring on them saves nothing. */
export const COMMON = new Set(
  `the a an is are was were be been am i you he she it we they me him her us them my your his its our their this
  that these those to of and or in on at for with by from as not no so do does did have has had will would can
  could should just all what who how when where why there here if then than up out about like get got going`.split(
    /\s+/,
  ),
);

/** Lower is more selective: tags and rare words beat lists full of everyday words. */
function cost(set: Set<string>): number {
  let total = 0;
  for (const w of set) total += COMMON.has(w) ? 50 : w.startsWith(TAG) ? 3 : 1;
  return total;
}

/** One item of a parsed pattern. */
type Node =
  | { kind: 'words'; words: string[] }
  | { kind: 'class'; name: string }
  | { kind: 'any'; n: number }
  | { kind: 'regex'; source: string }
  | { kind: 'start' }
  | { kind: 'group'; alternatives: Item[][] };

interface Item {
  node: Node;
  focus: boolean;
  optional: boolean;
  repeat: number;
}

/** Split a pattern into top-level items, keeping ( ... ) groups and /regex/ tokens together. */
function items(pattern: string): string[] {
  const out: string[] = [];
  let parens = 0;
  let inRegex = false;
  let current = '';
  for (const ch of pattern) {
    if (inRegex) {
      if (ch === '/') inRegex = false;
    } else if (ch === '/' && (current === '' || current === '!' || current.endsWith('(') || current.endsWith('|')))
      inRegex = true;
    else if (ch === '(') parens++;
    else if (ch === ')') parens--;
    if (ch === ' ' && parens === 0 && !inRegex) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** Split a group body on top-level "|" only (nested groups and /regex/ keep theirs). */
function splitAlternatives(body: string): string[] {
  const out: string[] = [];
  let parens = 0;
  let inRegex = false;
  let current = '';
  for (const ch of body) {
    if (inRegex) {
      if (ch === '/') inRegex = false;
    } else if (ch === '/' && (current === '' || current.endsWith(' ') || current.endsWith('('))) inRegex = true;
    else if (ch === '(') parens++;
    else if (ch === ')') parens--;
    if (ch === '|' && parens === 0 && !inRegex) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

function parseToken(token: string): Node {
  if (token === '*') return { kind: 'any', n: 1 };
  if (token === '<s>') return { kind: 'start' };
  const many = /^\*(\d)$/.exec(token);
  if (many) return { kind: 'any', n: Number(many[1]) };
  if (token.length > 2 && token.startsWith('/') && token.endsWith('/'))
    return { kind: 'regex', source: token.slice(1, -1) };
  if (token.startsWith('{') && token.endsWith('}')) return { kind: 'class', name: token.slice(1, -1) };
  if (token.startsWith('(') && token.endsWith(')')) {
    return { kind: 'group', alternatives: splitAlternatives(token.slice(1, -1)).map(parse) };
  }
  return { kind: 'words', words: token.split('|') };
}

function parse(pattern: string): Item[] {
  return items(pattern.trim()).map((raw) => {
    let token = raw;
    let focus = false;
    let optional = false;
    if (token.startsWith('!')) {
      focus = true;
      token = token.slice(1);
    }
    if (token.endsWith('?') && token.length > 1) {
      optional = true;
      token = token.slice(0, -1);
    }
    let repeat = 1;
    const repeated = /^(.+[^ *])\*(\d)$/.exec(token);
    if (repeated && !token.startsWith('/')) {
      token = repeated[1] as string;
      repeat = Number(repeated[2]);
    }
    return { node: parseToken(token), focus, optional, repeat };
  });
}

/** Words of which any match of the node must contain one (null: not known). */
function firsts(node: Node, classes: Classes): Set<string> | null {
  switch (node.kind) {
    case 'words':
      return new Set(node.words.map(keyWord));
    case 'class': {
      const wordClass = classes[node.name];
      if (wordClass === undefined) throw new Error(`Unknown word class {${node.name}}`);
      return wordClass.firsts;
    }
    case 'group': {
      const out = new Set<string>();
      for (const alternative of node.alternatives) {
        const set = bestAnchor(alternative, classes);
        if (set === null) return null;
        for (const w of set) out.add(w);
      }
      return out;
    }
    default:
      return null;
  }
}

/**
 * The word of an entry a match must contain that is rarest to see: "burden" for "a burden". Any word
 * of a several-word entry is in every match of it, so any one can stand for it.
 */
export function keyWord(entry: string): string {
  const words = entry.split(' ');
  return words.find((w) => !COMMON.has(w)) ?? (words[0] as string);
}

/** The anchor sets of all required items of a sequence that have one. */
function anchorsOf(sequence: Item[], classes: Classes): Set<string>[] {
  const out: Set<string>[] = [];
  for (const item of sequence) {
    if (item.optional || item.node.kind === 'start') continue;
    // A group of one sequence ("!( ... )"): every required item inside is required here too.
    if (item.node.kind === 'group' && item.node.alternatives.length === 1) {
      out.push(...anchorsOf(item.node.alternatives[0] as Item[], classes));
      continue;
    }
    const set = firsts(item.node, classes);
    // Sets full of everyday words ("the", "you") are met by almost every chunk: not worth checking.
    if (set !== null && cost(set) < 50) out.push(set);
  }
  return out.sort((a, b) => cost(a) - cost(b));
}

/** The most selective single anchor set of a sequence (for groups, whose alternatives differ). */
function bestAnchor(sequence: Item[], classes: Classes): Set<string> | null {
  let best: Set<string> | null = null;
  for (const item of sequence) {
    if (item.optional || item.node.kind === 'start') continue;
    const set = firsts(item.node, classes);
    if (set !== null && (best === null || cost(set) < cost(best))) best = set;
  }
  return best;
}

function nodeSource(node: Node, classes: Classes): string {
  switch (node.kind) {
    case 'any':
      return node.n === 1 ? ANY : `(?:${ANY}(?: ${ANY}){0,${node.n - 1}})`;
    case 'start':
      return '(?:(?<=^)|(?<=[.,] ))';
    case 'regex':
      return `(?:${node.source})${TAGS}`;
    case 'class':
      return `(?:${(classes[node.name] as WordClass).source})`;
    case 'words':
      return `(?:${node.words.map(literal).join('|')})`;
    case 'group':
      return `(?:${node.alternatives.map((alternative) => sequenceSource(alternative, classes)).join('|')})`;
  }
}

function sequenceSource(sequence: Item[], classes: Classes): string {
  let out = '';
  let needSeparator = false;
  sequence.forEach((item, index) => {
    let source = nodeSource(item.node, classes);
    if (item.node.kind === 'start') {
      out += source;
      return;
    }
    if (item.repeat > 1) source = `(?:${source}(?: ${source}){0,${item.repeat - 1}})`;
    if (item.focus) source = `(?<focus>${source})`;
    const last = index === sequence.length - 1;
    if (!item.optional) {
      out += (needSeparator ? ' ' : '') + source;
      needSeparator = true;
    } else if (needSeparator) {
      out += `(?: ${source})?`;
    } else {
      // An optional item with nothing before it carries its own trailing space (unless it is last).
      out += last ? `(?:${source})?` : `(?:${source} )?`;
    }
  });
  return out;
}

/** Every compiled pattern, for scripts/gen-anchors.ts and the test that the anchor table is current. */
export const COMPILED: { text: string; classes: Classes }[] = [];

let table: Map<string, string[][]> | undefined;

/**
 * The anchors of every pattern, computed ahead (data/anchors.ts): loading the checker parses nothing.
 * Kept as the table's arrays: anchor sets are a few words each, and building hundreds of sets would
 * put milliseconds on the first check.
 */
function precomputed(text: string): string[][] | undefined {
  table ??= new Map(ANCHOR_TABLE ? (JSON.parse(ANCHOR_TABLE) as [string, string[][]][]) : []);
  return table.get(text);
}

/** Every pattern object, for warmPatterns(). */
const PATTERNS: Pattern[] = [];
let warmed = 0;

/** Anchors computed from the pattern itself (what the table holds). */
export function computeAnchors(pattern: string, classes: Classes): Set<string>[] {
  return anchorsOf(parse(pattern), classes);
}

/**
 * Compile a pattern; word boundaries are token boundaries. The anchors come from the precomputed
 * table when it has them; the pattern is parsed and its expression built only when a chunk could match.
 */
export function compile(pattern: string, classes: Classes = {}): Pattern {
  COMPILED.push({ text: pattern, classes });
  let parsed: Item[] | null = null;
  let anchors = precomputed(pattern);
  if (!anchors) {
    parsed = parse(pattern);
    anchors = anchorsOf(parsed, classes).map((set) => [...set]);
  }
  let re: RegExp | null = null;
  const compiled: Pattern = {
    text: pattern,
    anchors,
    regex() {
      if (re) return re;
      parsed ??= parse(pattern);
      const source = sequenceSource(parsed, classes);
      // Match indices (the `d` flag) cost time on every match: only patterns with a focus need them.
      re = new RegExp(`(?<![^ ])${source}(?![^ ])`, source.includes('(?<focus>') ? 'dg' : 'g');
      compileNow(re);
      return re;
    },
  };
  PATTERNS.push(compiled);
  return compiled;
}

/**
 * A subject long enough that V8 compiles an expression straight to machine code instead of first
 * interpreting it (it does so from 1,000 characters): our expressions backtrack a lot, interpreting
 * them costs several times what compiling does, and they are compiled on the next run anyway. It
 * holds a tag, because tagged canonical text is two-byte and engines compile once per string width.
 * One token with a tag no class uses, so matching it fails at once.
 */
const COMPILE_SUBJECT = `${'x'.repeat(1100)}\uF8FF`;

function compileNow(re: RegExp): void {
  re.lastIndex = 0;
  re.exec(COMPILE_SUBJECT);
  re.lastIndex = 0;
}

/**
 * Build and run each pattern's expression once, for at most `budgetMs`; true when all are done.
 * Callers run it in idle time so the employee's first keystrokes do not pay for compiling.
 */
export function warmPatterns(budgetMs: number): boolean {
  const until = Date.now() + budgetMs;
  while (warmed < PATTERNS.length) {
    (PATTERNS[warmed++] as Pattern).regex();
    if (Date.now() >= until) break;
  }
  return warmed >= PATTERNS.length;
}

function meets(words: Set<string>, anchors: readonly string[]): boolean {
  for (const w of anchors) if (words.has(w)) return true;
  return false;
}

function mayMatch(chunk: Chunk, anchors: Pattern['anchors']): boolean {
  for (const set of anchors) if (!meets(chunk.words, set)) return false;
  return true;
}

/**
 * For a list of patterns, a function giving the indices (ascending) of those a chunk could match: each
 * pattern is filed under the words of its smallest anchor set, so a chunk looks up its own few dozen
 * words instead of testing hundreds of patterns' anchors. Patterns without anchors are always candidates.
 */
export function candidates(patterns: Pattern[]): (chunk: Chunk) => number[] {
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  patterns.forEach((pattern, index) => {
    const sets = pattern.anchors;
    if (sets.length === 0) {
      always.push(index);
      return;
    }
    const smallest = sets.reduce((a, b) => (b.length < a.length ? b : a));
    if (smallest.length === 0) always.push(index);
    for (const word of smallest) {
      const list = byWord.get(word);
      if (list) list.push(index);
      else byWord.set(word, [index]);
    }
  });
  return (chunk) => {
    const found = new Uint8Array(patterns.length);
    for (const index of always) found[index] = 1;
    for (const word of chunk.words) {
      const list = byWord.get(word);
      if (list) for (const index of list) found[index] = 1;
    }
    const out: number[] = [];
    for (let i = 0; i < found.length; i++) if (found[i]) out.push(i);
    return out;
  };
}

/** Every non-overlapping match of the pattern in the chunk, as token ranges. */
export function matchTokens(chunk: Chunk, pattern: Pattern): Match[] {
  if (!mayMatch(chunk, pattern.anchors)) return [];
  const re = pattern.regex();
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(chunk.canon); m; m = re.exec(chunk.canon)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const from = chunk.tokenAt[m.index] as number;
    const to = (chunk.tokenAt[m.index + m[0].length - 1] as number) + 1;
    const focus = m.indices?.groups?.focus;
    const focusFrom = focus ? (chunk.tokenAt[focus[0]] as number) : from;
    const focusTo = focus ? (chunk.tokenAt[Math.max(focus[0], focus[1] - 1)] as number) + 1 : to;
    out.push({ from, to, focusFrom, focusTo });
  }
  return out;
}

/** Original-text offsets (within the chunk) of a token range. */
export function span(chunk: Chunk, from: number, to: number): [number, number] {
  const first = chunk.tokens[from];
  const last = chunk.tokens[Math.max(from, to - 1)];
  if (!first || !last) return [0, 0];
  return [first.start, Math.max(first.start, last.end)];
}
