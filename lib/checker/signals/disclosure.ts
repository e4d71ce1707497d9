/**
 * Disclosure = protected information + an identifiable person. Topic phrases (lexicon/records.ts) are
 * found per chunk; a topic counts when a person signal (signals/person.ts) sits in the same sentence or
 * the sentence next to it. A pronoun alone counts only when the post does not introduce the person
 * generically ("a 6th grader", "one of my juniors"): then nobody is singled out.
 */
import type { Chunk } from '../analysis';
import type { Topic } from '../lexicon/records';
import { candidates, compile, matchTokens, span } from '../pattern';
import type { Doc, Hit, Scanner } from '../rule';
import { CLASSES } from '../vocab';
import { personScanner } from './person';

/** Topic patterns; a pattern starting with "-" is an exception that cancels overlapping hits. */
export function topicScanner(id: string, topics: Topic[]): Scanner {
  const compiled = topics.flatMap((topic) =>
    topic.patterns.map((p) => ({
      topic,
      exception: p.startsWith('-'),
      re: compile(p.startsWith('-') ? p.slice(1) : `!(${p})`, CLASSES),
    })),
  );
  const which = candidates(compiled.map((c) => c.re));
  return {
    id,
    scan(chunk: Chunk): Hit[] {
      const hits: Hit[] = [];
      const exceptions: [number, number][] = [];
      for (const index of which(chunk)) {
        const { topic, re, exception } = compiled[index] as (typeof compiled)[number];
        for (const m of matchTokens(chunk, re)) {
          const [start, end] = span(chunk, exception ? m.from : m.focusFrom, exception ? m.to : m.focusTo);
          if (exception) exceptions.push([start, end]);
          else if (end > start) hits.push({ start, end, kind: topic.kind, message: topic.what });
        }
      }
      return hits.filter((h) => !exceptions.some(([s, e]) => s < h.end && h.start < e));
    },
  };
}

/** Sentence index of each character offset, from the "." tokens of every chunk. */
export function sentenceIndex(doc: Doc): (offset: number) => number {
  const starts: number[] = [0];
  for (const { chunk, offset } of doc.chunks) {
    if (offset > 0) starts.push(offset);
    // The "." that closes every chunk is the chunk boundary itself, already counted.
    chunk.tokens.forEach((token, i) => {
      if (token.w === '.' && i < chunk.tokens.length - 1) starts.push(offset + token.start);
    });
  }
  starts.sort((a, b) => a - b);
  return (at: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

const GENERIC_INTRO =
  /\b(a|an|one of (my|our|the)|some|this|another)\s+(little\s+)?(\d+(st|nd|rd|th)\s+grader|kid|boy|girl|student|child|kindergartner|kindergartener|junior|senior|freshman|sophomore|middle schooler|high schooler|pre-k kiddo|kiddo|teen|teenager|\w+ graders?)\b|\bone of (my|our) \w+/i;

export interface Disclosure {
  topic: Hit;
  person: Hit;
}

/** Topic hits that have a person signal close enough to identify someone. */
export function disclosures(doc: Doc, topics: Hit[], allowKinds?: Set<string>): Disclosure[] {
  if (topics.length === 0) return [];
  const people = doc.scan(personScanner).filter((p) => !allowKinds || allowKinds.has(p.kind ?? ''));
  const sentenceOf = sentenceIndex(doc);
  const generic = GENERIC_INTRO.test(doc.text);
  const out: Disclosure[] = [];
  for (const topic of topics) {
    const s = sentenceOf(topic.start);
    const near = people.filter((p) => {
      if ((p.kind === 'pronoun' || p.kind === 'family') && generic) return false;
      if (p.start < topic.end && topic.start < p.end) return false;
      const ps = sentenceOf(p.start);
      return ps === s || ps === s - 1 || (ps === s + 1 && p.kind !== 'pronoun');
    });
    if (near.length > 0) out.push({ topic, person: near[0] as Hit });
  }
  return out;
}
