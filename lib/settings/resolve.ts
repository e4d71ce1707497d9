/**
 * Resolving settings from their layers: defaults, then the employee's saved values, then the
 * administrator's (which win and are reported as locked). Pure: the storage module reads the layers.
 */
import { DEFAULT_SETTINGS } from './defaults';
import { migrateSettings } from './migrations';
import { type Layer, overlay, type SettingsIssue } from './overlay';
import type { Settings } from './schema';

export interface ResolvedSettings {
  settings: Settings;
  /** Top-level keys set (in whole or in part) by the administrator. */
  locked: (keyof Settings)[];
  /** Exact dotted paths set by the administrator, e.g. `contact.email`, `categories.political.mode`. */
  lockedPaths: string[];
  /** Plain-words problems with managed or stored values that were ignored. */
  problems: string[];
  /** The same problems, structured (the options page shows them localized, by path). */
  issues: SettingsIssue[];
}

const SOURCE_WORDS = { local: 'Saved', managed: 'Administrator', import: 'Imported' } as const;

export function describeIssue(issue: SettingsIssue): string {
  return `${SOURCE_WORDS[issue.source]} value for "${issue.path}" was ignored: ${issue.message}`;
}

/** Defaults overlaid by the employee's saved values only (what the options page edits). */
export function resolveLocal(local: Layer | null): { settings: Settings; issues: SettingsIssue[] } {
  if (local === null) return { settings: DEFAULT_SETTINGS, issues: [] };
  const migrated = migrateSettings(local);
  if (!migrated.ok)
    return { settings: DEFAULT_SETTINGS, issues: [{ source: 'local', path: '', message: migrated.message }] };
  const { settings, issues } = overlay(DEFAULT_SETTINGS, migrated.value, 'local');
  return { settings, issues };
}

export function resolveSettings(local: Layer | null, managed: Layer): ResolvedSettings {
  const own = resolveLocal(local);
  const admin = overlay(own.settings, managed, 'managed');
  const issues = [...own.issues, ...admin.issues];
  const locked = [...new Set(admin.applied.map((path) => path.split('.')[0] as keyof Settings))];
  return { settings: admin.settings, locked, lockedPaths: admin.applied, problems: issues.map(describeIssue), issues };
}
