/**
 * Overlaying a layer of values (saved by the employee, or pushed by District IT) on settings, one
 * leaf at a time, so a partial object ("categories": {"political": {"mode": "block"}}) changes only
 * what it names and one bad value does not throw away the good ones next to it.
 */
import { type Settings, settingsSchema } from './schema';

export type Layer = Record<string, unknown>;
export type LayerSource = 'local' | 'managed' | 'import';

/** One value that was not applied, with where it was and why (zod's words or ours). */
export interface SettingsIssue {
  source: LayerSource;
  /** Dotted path, e.g. `categories.political.mode`. */
  path: string;
  message: string;
}

/** Keys replaced as a whole: a policy document or a year range only makes sense complete. */
const ATOMIC = new Set<string>(['policy', 'graduationYears']);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function setIn(target: Record<string, unknown>, keys: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = keys;
  if (rest.length === 0) return { ...target, [head]: value };
  const child = isPlainObject(target[head]) ? (target[head] as Record<string, unknown>) : {};
  return { ...target, [head]: setIn(child, rest, value) };
}

/** Every leaf path of `value` below `prefix` that should be applied on its own. */
function leaves(value: unknown, base: unknown, keys: string[]): { keys: string[]; value: unknown }[] {
  if (keys.length > 0 && ATOMIC.has(keys[0])) return [{ keys, value }];
  if (!isPlainObject(value) || !isPlainObject(base)) return [{ keys, value }];
  return Object.entries(value).flatMap(([key, child]) => {
    if (!(key in base)) return [{ keys: [...keys, key], value: child }];
    return leaves(child, base[key], [...keys, key]);
  });
}

function exists(base: unknown, keys: string[]): boolean {
  let node: unknown = base;
  for (const key of keys) {
    if (!isPlainObject(node) || !(key in node)) return false;
    node = node[key];
  }
  return true;
}

export interface OverlayResult {
  settings: Settings;
  /** Dotted paths whose value came from the layer. */
  applied: string[];
  issues: SettingsIssue[];
}

/**
 * Apply `layer` to `base`. Unknown settings and values that fail the schema are skipped and reported;
 * `version` is bookkeeping (see migrations.ts), never a setting.
 */
export function overlay(base: Settings, layer: Layer, source: LayerSource): OverlayResult {
  let current = base;
  const applied: string[] = [];
  const issues: SettingsIssue[] = [];
  const shape = settingsSchema.shape as Record<string, (typeof settingsSchema.shape)[keyof Settings]>;
  for (const [top, value] of Object.entries(layer)) {
    if (top === 'version') continue;
    if (!(top in shape)) {
      issues.push({ source, path: top, message: 'not a Preflight setting' });
      continue;
    }
    for (const leaf of leaves(value, current[top as keyof Settings], [top])) {
      const path = leaf.keys.join('.');
      if (!exists(current, leaf.keys) && !ATOMIC.has(top)) {
        issues.push({ source, path, message: 'not a Preflight setting' });
        continue;
      }
      const candidate = setIn(current as unknown as Record<string, unknown>, leaf.keys, leaf.value);
      const parsed = shape[top].safeParse(candidate[top]);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? `${top}.${issue.path.join('.')}` : path;
        issues.push({ source, path: where, message: issue?.message ?? 'invalid value' });
        continue;
      }
      current = { ...current, [top]: parsed.data } as Settings;
      applied.push(path);
    }
  }
  return { settings: current, applied, issues };
}

/** Whether the field at `path` is set by one of `lockedPaths` (itself or an enclosing object). */
export function isLockedPath(lockedPaths: readonly string[], path: string): boolean {
  return lockedPaths.some((locked) => path === locked || path.startsWith(`${locked}.`));
}
