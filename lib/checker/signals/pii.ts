/** Character-level recognizers (numbers, addresses, e-mail) over a chunk's normalized text. */
import type { Chunk } from '../analysis';

export interface CharMatch {
  /** Offsets in the chunk's original text. */
  start: number;
  end: number;
  /** The matched normalized text. */
  text: string;
  /** Normalized text of the chunk before and after the match (for context cues). */
  before: string;
  after: string;
}

export function charMatches(chunk: Chunk, re: RegExp): CharMatch[] {
  const out: CharMatch[] = [];
  const text = chunk.norm.text;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const s = m.index;
    const e = m.index + m[0].length;
    out.push({
      start: chunk.norm.from[s] as number,
      end: chunk.norm.to[e - 1] as number,
      text: m[0],
      before: text.slice(Math.max(0, s - 60), s),
      after: text.slice(e, e + 60),
    });
    if (!re.global) break;
  }
  return out;
}

/** Mask all but the last two digits: "2019-33417" -> "••••-•••17". */
export function maskDigits(text: string): string {
  const digits = text.replace(/\D/g, '').length;
  let seen = 0;
  return text.replace(/\d/g, (d) => (++seen > digits - 2 ? d : '•'));
}
