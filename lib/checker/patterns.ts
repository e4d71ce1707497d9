/** Build scanners from pattern specs (pattern.ts syntax), compiled once at module load. */
import type { Chunk } from './analysis';
import { candidates, compile, matchTokens, type Pattern, span } from './pattern';
import type { Hit, PatternSpec, Scanner } from './rule';
import { CLASSES } from './vocab';

/** Compiled specs, with the index that picks the ones a chunk could match. */
export interface CompiledSpecs {
  list: { re: Pattern; spec: PatternSpec }[];
  which: (chunk: Chunk) => number[];
}

export function patternHits(chunk: Chunk, compiled: CompiledSpecs): Hit[] {
  const hits: Hit[] = [];
  for (const index of compiled.which(chunk)) {
    const { re, spec } = compiled.list[index] as CompiledSpecs['list'][number];
    for (const m of matchTokens(chunk, re)) {
      if (spec.notAfter || spec.notBefore) {
        const [whole0, whole1] = span(chunk, m.from, m.to);
        if (spec.notAfter?.test(chunk.text.slice(whole1))) continue;
        if (spec.notBefore?.test(chunk.text.slice(0, whole0))) continue;
      }
      const [start, end] = span(chunk, m.focusFrom, m.focusTo);
      if (end <= start) continue;
      const quote = chunk.text.slice(start, end);
      const hit: Hit = { start, end, message: spec.message(quote) };
      if (spec.fix) hit.fix = spec.fix;
      if (spec.kind) hit.kind = spec.kind;
      hits.push(hit);
    }
  }
  return hits;
}

export function compileSpecs(specs: PatternSpec[]): CompiledSpecs {
  const list = specs.map((spec) => ({ re: compile(spec.pattern, CLASSES), spec }));
  return { list, which: candidates(list.map((c) => c.re)) };
}

export function patternScanner(id: string, specs: PatternSpec[]): Scanner {
  const compiled = compileSpecs(specs);
  return { id, scan: (chunk) => patternHits(chunk, compiled) };
}
