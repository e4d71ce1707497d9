/** Label comparison that survives the sites' variations: case, whitespace, "…" vs "...". */
import type { LabelTable } from './types';

export function normalizeLabel(value: string): string {
  return value
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** All words of a table, normalized. Every language is tried: `lang` attributes are often missing or stale. */
function words(table: LabelTable): string[] {
  return Object.values(table).flatMap((list) => (list ?? []).map(normalizeLabel));
}

const cache = new WeakMap<LabelTable, string[]>();
function cachedWords(table: LabelTable): string[] {
  let list = cache.get(table);
  if (!list) {
    list = words(table);
    cache.set(table, list);
  }
  return list;
}

export function labelStartsWith(value: string | null | undefined, table: LabelTable): boolean {
  if (!value) return false;
  const normalized = normalizeLabel(value);
  return cachedWords(table).some((word) => normalized.startsWith(word));
}

export function labelEquals(value: string | null | undefined, table: LabelTable): boolean {
  if (!value) return false;
  const normalized = normalizeLabel(value);
  return cachedWords(table).some((word) => normalized === word);
}

/** The rest of `value` after the first matching prefix ("Comment as Alex" -> "Alex"), else null. */
export function afterPrefix(value: string | null | undefined, table: LabelTable): string | null {
  if (!value) return null;
  const normalized = normalizeLabel(value);
  for (const word of cachedWords(table)) {
    if (normalized.startsWith(word)) return value.trim().slice(word.length).trim() || null;
  }
  return null;
}
