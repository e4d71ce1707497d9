/**
 * Features for the learned wording model: the post's canonical words and word pairs (names, numbers
 * and handles generalised), the rule engine's own signals (which rules fired, which kinds of person and
 * topic were recognised) and the context. Word features are computed per chunk and cached on it.
 */
import type { Chunk } from '../analysis';
import type { Doc } from '../rule';
import { personScanner } from '../signals/person';
import { hashFeature } from './hash';

const STOP = new Set(['.', ',']);

function shape(word: string, isName: boolean): string {
  if (isName) return 'NAME';
  if (/^[0-9]/.test(word)) return /^[0-9]{5,}/.test(word) ? 'LONGNUM' : 'NUM';
  if (word.startsWith('@')) return '@M';
  if (/^https?:|^www\./.test(word)) return 'URL';
  return word;
}

/**
 * Word and word-pair features of one chunk. Not cached: only their hashes are (chunkHashes), because
 * cached chunks stay in memory and many short strings there make every garbage collection slower.
 */
export function chunkFeatures(chunk: Chunk): string[] {
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
  return [...out];
}

/** A chunk's features as model hashes (cached on the chunk). */
export function chunkHashes(chunk: Chunk): Uint32Array {
  const cached = chunk.memo.get('hashes') as Uint32Array | undefined;
  if (cached) return cached;
  const hashes = Uint32Array.from(chunkFeatures(chunk), hashFeature);
  chunk.memo.set('hashes', hashes);
  return hashes;
}

/** The rules whose hits are model features: every hand-written rule (never the model's own). */
export function firedRules(doc: Doc): string[] {
  return doc.results.filter((r) => r.hits.length > 0 && !r.id.endsWith('-wording')).map((r) => r.id);
}

/** Document-level features: the rules that fired, kinds of person mentioned, the context. */
export function docExtras(doc: Doc, fired: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const id of fired) out.add(`r:${id}`);
  for (const person of doc.scan(personScanner)) out.add(`p:${person.kind}`);
  out.add(`a:${doc.context.account}`);
  out.add(`s:${doc.context.surface}`);
  out.add('bias');
  return [...out];
}

/**
 * All features of a document. Word features count once per chunk they appear in (a chunk's words are
 * a set; the post is the sum of its chunks), so a keystroke re-scores only the chunk it changed.
 */
export function docFeatures(doc: Doc, fired: Iterable<string>): string[] {
  const out: string[] = [];
  for (const { chunk } of doc.chunks) out.push(...chunkFeatures(chunk));
  out.push(...docExtras(doc, fired));
  return out;
}
