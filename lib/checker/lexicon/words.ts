/**
 * Word-list helpers. Lists are written compactly as "base|suffix,suffix" so inflected forms are
 * explicit (no stemming guesses: "spic" must never match "spicy"). Multi-word entries use spaces.
 */

/** Expand "bitch|es,y,ing" into bitch, bitches, bitchy, bitching. A leading "-" on a suffix drops the base's last letter. */
export function expand(entries: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const [base, suffixes] = entry.split('|') as [string, string | undefined];
    out.push(base);
    if (!suffixes) continue;
    for (const suffix of suffixes.split(',')) {
      out.push(suffix.startsWith('-') ? base.slice(0, -1) + suffix.slice(1) : base + suffix);
    }
  }
  return out;
}

export function wordSet(entries: readonly string[]): Set<string> {
  return new Set(expand(entries));
}

/** Regex alternation source for a list (longest first, so multi-word entries win). */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
