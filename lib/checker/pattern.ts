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
 */
import type { Chunk } from './analysis';

export type Classes = Record<string, string>;

export interface Match {
  /** Token index range of the whole match and of the focus, end exclusive. */
  from: number;
  to: number;
  focusFrom: number;
  focusTo: number;
}

const ANY = '(?:[^ .][^ ]*|\\.\\.\\.)';

function tokenSource(token: string, classes: Classes): string {
  if (token === '*') return ANY;
  if (token === '<s>') return '(?:(?<=^)|(?<=[.,] ))';
  const many = /^\*(\d)$/.exec(token);
  if (many) return `(?:${ANY}(?: ${ANY}){0,${Number(many[1]) - 1}})`;
  if (token.length > 2 && token.startsWith('/') && token.endsWith('/')) return `(?:${token.slice(1, -1)})`;
  if (token.startsWith('{') && token.endsWith('}')) {
    const source = classes[token.slice(1, -1)];
    if (source === undefined) throw new Error(`Unknown word class ${token}`);
    return source.startsWith('\\^') ? `(?:${source})` : `\\^?(?:${source})`;
  }
  // Literal words also match a name-marked token ("Levy", "Hope"): the marker is only for {name}.
  return `\\^?(?:${token
    .split('|')
    .map((w) => w.replace(/[.*+?^$()[\]\\{}]/g, '\\$&'))
    .join('|')})`;
}

/** Split a pattern into top-level items, keeping ( ... ) groups and [ ... ] regexes together. */
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

/** Split a group body on top-level "|" only (nested groups and [regex] keep theirs). */
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

function sequenceSource(pattern: string, classes: Classes): string {
  const parts = items(pattern.trim()).map((item) => {
    let token = item;
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
    let source: string;
    if (token.startsWith('(') && token.endsWith(')')) {
      source = `(?:${splitAlternatives(token.slice(1, -1))
        .map((alt) => sequenceSource(alt, classes))
        .join('|')})`;
    } else source = tokenSource(token, classes);
    if (repeat > 1) source = `(?:${source}(?: ${source}){0,${repeat - 1}})`;
    if (focus) source = `(?<focus>${source})`;
    return { source, optional, zeroWidth: token === '<s>' };
  });
  let out = '';
  let needSeparator = false;
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    if (part.zeroWidth) {
      out += part.source;
      return;
    }
    if (!part.optional) {
      out += (needSeparator ? ' ' : '') + part.source;
      needSeparator = true;
    } else if (needSeparator) {
      out += `(?: ${part.source})?`;
    } else {
      // An optional item with nothing before it carries its own trailing space (unless it is last).
      out += last ? `(?:${part.source})?` : `(?:${part.source} )?`;
    }
  });
  return out;
}

/** Compile a pattern; word boundaries are token boundaries. */
export function compile(pattern: string, classes: Classes = {}): RegExp {
  return new RegExp(`(?<![^ ])${sequenceSource(pattern, classes)}(?![^ ])`, 'dg');
}

/** Every non-overlapping match of `re` in the chunk, as token ranges. */
export function matchTokens(chunk: Chunk, re: RegExp): Match[] {
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
