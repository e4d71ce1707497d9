/** The contract every rule module implements, and the document view rules work on. */

import type { TextCategory } from '../policy/schema';
import type { Chunk } from './analysis';
import type { Env } from './env';
import type { CheckContext, Fix } from './types';

/** A hit in chunk offsets (scanners) or document offsets (rules). */
export interface Hit {
  start: number;
  end: number;
  message: string;
  fix?: Fix;
  /** Evidence strength, 0..1; the engine keeps the strongest of overlapping hits. */
  score?: number;
  /** Free-form tag for rules that combine hits (e.g. "name", "grades"). */
  kind?: string;
}

/** Per-chunk work, memoized on the chunk for each compiled settings. */
export interface Scanner {
  id: string;
  scan(chunk: Chunk, env: Env): Hit[];
}

export interface Rule {
  id: string;
  category: TextCategory;
  /** Context gate, e.g. political applies on District accounts only. */
  applies?(context: CheckContext): boolean;
  /** Findings for the document, in document offsets. */
  run(doc: Doc): Hit[];
}

export interface DocChunk {
  chunk: Chunk;
  offset: number;
}

/** What one rule found, recorded as the engine runs the registry (later rules can read it). */
export interface RuleResult {
  id: string;
  category: TextCategory;
  hits: Hit[];
}

export interface Doc {
  text: string;
  context: CheckContext;
  env: Env;
  chunks: DocChunk[];
  results: RuleResult[];
  /** Hits of a scanner over the whole document, in document offsets (memoized per chunk). */
  scan(scanner: Scanner): Hit[];
  /**
   * Whether a (non-global) expression matches in some chunk, memoized per chunk: a keystroke tests only
   * the edited sentence again. For expressions that stay within a sentence.
   */
  has(re: RegExp): boolean;
}

/** Convenience for the common rule shape: run one scanner and report its hits. */
export function scannerRule(
  id: string,
  category: TextCategory,
  scanner: Scanner,
  applies?: (context: CheckContext) => boolean,
): Rule {
  return { id, category, applies, run: (doc) => doc.scan(scanner) };
}

/** One pattern of a pattern rule: what it matches and what the finding says. */
export interface PatternSpec {
  pattern: string;
  /** The message; `quote` is the matched focus text as written. */
  message: (quote: string) => string;
  fix?: Fix;
  kind?: string;
  /** Reject the match when the text right after (or before) it matches. */
  notAfter?: RegExp;
  notBefore?: RegExp;
}
