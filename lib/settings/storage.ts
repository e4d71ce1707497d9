/**
 * Settings storage: local values (options page) overlaid by managed values (District IT policy).
 * Managed values win and are reported as locked; invalid managed values are ignored and reported,
 * never a crash. Everything returned is validated against the schema.
 */

import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { isPlainObject, type Layer } from './overlay';
import { type ResolvedSettings, resolveSettings } from './resolve';
import { SETTINGS_VERSION, type Settings } from './schema';

export { describeIssue, type ResolvedSettings, resolveLocal, resolveSettings } from './resolve';

export const localSettings = storage.defineItem<Partial<Settings> | null>('local:settings', { fallback: null });

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

export async function loadLayers(): Promise<{ local: Layer | null; managed: Layer }> {
  const [local, managed] = await Promise.all([localSettings.getValue(), readManaged()]);
  return { local: local as Layer | null, managed };
}

/**
 * The employee's own settings without waiting for managed storage, which can take seconds to answer on
 * a browser's first page; callers apply this first and the full result of loadSettings() when it comes.
 */
export async function loadLocalSettings(): Promise<ResolvedSettings> {
  return resolveSettings((await localSettings.getValue()) as Layer | null, {});
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
