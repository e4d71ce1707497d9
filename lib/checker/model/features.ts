/**
 * Features for the learned wording model: the post's canonical words and word pairs (names, numbers
 * and handles generalised), the rule engine's own signals (which rules fired, which kinds of person and
 * topic were recognised) and the context. Word features are computed per chunk and cached on it.
 */
import type { Chunk } from '../analysis';
import type { Doc } from '../rule';
import { personScanner } from '../signals/person';

const STOP = new Set(['.', ',']);

function shape(word: string, isName: boolean): string {
  if (isName) return 'NAME';
  if (/^[0-9]/.test(word)) return /^[0-9]{5,}/.test(word) ? 'LONGNUM' : 'NUM';
  if (word.startsWith('@')) return '@M';
  if (/^https?:|^www\./.test(word)) return 'URL';
  return word;
}

/** Word and word-pair features of one chunk. */
export function chunkFeatures(chunk: Chunk): string[] {
  const cached = chunk.memo.get('features') as string[] | undefined;
  if (cached) return cached;
  const out = new Set<string>();
  let previous = '^';
  for (const token of chunk.tokens) {
    if (STOP.has(token.w)) {
      previous = '^';
      continue;
    }
    const word = shape(token.w, token.name);
    out.add(`w:${word}`);
    out.add(`b:${previous}_${word}`);
    if (token.w.startsWith('#')) out.add('w:#HASHTAG');
    previous = word;
  }
  const features = [...out];
  chunk.memo.set('features', features);
  return features;
}

/** All features of a document, given the ids of the rules that produced hits. */
export function docFeatures(doc: Doc, fired: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const { chunk } of doc.chunks) for (const f of chunkFeatures(chunk)) out.add(f);
  for (const id of fired) out.add(`r:${id}`);
  for (const person of doc.scan(personScanner)) out.add(`p:${person.kind}`);
  out.add(`a:${doc.context.account}`);
  out.add(`s:${doc.context.surface}`);
  out.add('bias');
  return out;
}
