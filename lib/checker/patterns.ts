/** Build scanners from pattern specs (pattern.ts syntax), compiled once at module load. */
import type { Chunk } from './analysis';
import { compile, matchTokens, type Pattern, span } from './pattern';
import type { Hit, PatternSpec, Scanner } from './rule';
import { CLASSES } from './vocab';

export function patternHits(chunk: Chunk, compiled: { re: Pattern; spec: PatternSpec }[]): Hit[] {
  const hits: Hit[] = [];
  for (const { re, spec } of compiled) {
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

export function compileSpecs(specs: PatternSpec[]): { re: Pattern; spec: PatternSpec }[] {
  return specs.map((spec) => ({ re: compile(spec.pattern, CLASSES), spec }));
}

export function patternScanner(id: string, specs: PatternSpec[]): Scanner {
  const compiled = compileSpecs(specs);
  return { id, scan: (chunk) => patternHits(chunk, compiled) };
}
