/**
 * Settings storage: local values (options page) overlaid by managed values (District IT policy).
 * Managed values win and are reported as locked; invalid managed values are ignored and reported,
 * never a crash. Everything returned is validated against the schema.
 */

import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { DEFAULT_SETTINGS } from './defaults';
import { migrateSettings } from './migrations';
import { isPlainObject, type Layer, overlay, type SettingsIssue } from './overlay';
import { SETTINGS_VERSION, type Settings } from './schema';

export const localSettings = storage.defineItem<Partial<Settings> | null>('local:settings', { fallback: null });

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

/** Managed values as the browser gives them; never throws. */
export async function readManaged(): Promise<Layer> {
  try {
    // Firefox rejects when no policy is set; Chromium resolves with {}.
    const value = await browser.storage.managed.get();
    return isPlainObject(value) ? value : {};
  } catch {
    return {};
  }
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

export async function loadLayers(): Promise<{ local: Layer | null; managed: Layer }> {
  const [local, managed] = await Promise.all([localSettings.getValue(), readManaged()]);
  return { local: local as Layer | null, managed };
}

export async function loadSettings(): Promise<ResolvedSettings> {
  const { local, managed } = await loadLayers();
  return resolveSettings(local, managed);
}

/** Save the employee's own settings (a complete, valid object: the options page validates first). */
export async function saveLocalSettings(settings: Settings): Promise<void> {
  await localSettings.setValue({ ...settings, version: SETTINGS_VERSION });
}

/** Forget the employee's own settings: defaults (and administrator values) apply again. */
export async function resetLocalSettings(): Promise<void> {
  await localSettings.setValue(null);
}

/** Call `onChange` with fresh settings whenever local or managed values change. Returns an unwatch. */
export function watchSettings(onChange: (resolved: ResolvedSettings) => void): () => void {
  // Rapid changes can resolve out of order: only the latest load is delivered.
  let latest = 0;
  const reload = () => {
    const ticket = ++latest;
    void loadSettings().then((resolved) => {
      if (ticket === latest) onChange(resolved);
    });
  };
  const unwatchLocal = localSettings.watch(reload);
  const onStorage = (_changes: unknown, area: string) => {
    if (area === 'managed') reload();
  };
  browser.storage.onChanged.addListener(onStorage);
  return () => {
    unwatchLocal();
    browser.storage.onChanged.removeListener(onStorage);
  };
}
