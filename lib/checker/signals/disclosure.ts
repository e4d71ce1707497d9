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

/** Offsets in the chunk of its sentence breaks (memoized on the chunk). */
function sentenceStarts(chunk: Chunk): number[] {
  let starts = chunk.memo.get('sentence-starts') as number[] | undefined;
  if (!starts) {
    starts = [];
    // The "." that closes every chunk is the chunk boundary itself, counted by the caller.
    chunk.tokens.forEach((token, i) => {
      if (token.w === '.' && i < chunk.tokens.length - 1) starts?.push(token.start);
    });
    chunk.memo.set('sentence-starts', starts);
  }
  return starts;
}

/** Sentence index of each character offset, from the "." tokens of every chunk. */
export function sentenceIndex(doc: Doc): (offset: number) => number {
  const starts: number[] = [0];
  for (const { chunk, offset } of doc.chunks) {
    if (offset > 0) starts.push(offset);
    for (const start of sentenceStarts(chunk)) starts.push(offset + start);
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
  const generic = doc.has(GENERIC_INTRO);
  // People by sentence (indices into `people`, ascending): a topic looks only at its own sentence and
  // the two beside it, and takes the first person there in the scanner's order.
  const bySentence = new Map<number, number[]>();
  people.forEach((p, i) => {
    if ((p.kind === 'pronoun' || p.kind === 'family') && generic) return;
    const s = sentenceOf(p.start);
    const list = bySentence.get(s);
    if (list) list.push(i);
    else bySentence.set(s, [i]);
  });
  const out: Disclosure[] = [];
  for (const topic of topics) {
    const s = sentenceOf(topic.start);
    let first = -1;
    for (const [sentence, pronounOk] of [
      [s - 1, true],
      [s, true],
      [s + 1, false],
    ] as const) {
      for (const i of bySentence.get(sentence) ?? []) {
        if (first !== -1 && i >= first) break;
        const p = people[i] as Hit;
        if (p.start < topic.end && topic.start < p.end) continue;
        if (!pronounOk && p.kind === 'pronoun') continue;
        first = i;
        break;
      }
    }
    if (first !== -1) out.push({ topic, person: people[first] as Hit });
  }
  return out;
}
