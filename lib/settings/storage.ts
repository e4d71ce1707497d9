/**
 * Settings storage: local values (options page) overlaid by managed values (District IT policy).
 * Managed values win and are reported as locked; invalid managed values are ignored and reported,
 * never a crash. Everything returned is validated against the schema.
 */

import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { DEFAULT_SETTINGS } from './defaults';
import { type Settings, settingsSchema } from './schema';

export const localSettings = storage.defineItem<Partial<Settings> | null>('local:settings', { fallback: null });

export interface ResolvedSettings {
  settings: Settings;
  /** Top-level keys set by the administrator (shown locked in options). */
  locked: (keyof Settings)[];
  /** Plain-words problems with managed or stored values that were ignored. */
  problems: string[];
}

type Layer = Record<string, unknown>;

async function readManaged(): Promise<Layer> {
  try {
    // Firefox rejects when no policy is set; Chromium resolves with {}.
    return ((await browser.storage.managed.get()) as Layer) ?? {};
  } catch {
    return {};
  }
}

/** Overlay `layer` key by key on `base`, keeping only keys whose value passes the schema. */
function overlay(base: Settings, layer: Layer, source: string, problems: string[]): [Settings, (keyof Settings)[]] {
  const applied: (keyof Settings)[] = [];
  let current = base;
  const shape = settingsSchema.shape;
  for (const [key, value] of Object.entries(layer)) {
    if (!(key in shape) || key === 'version') continue;
    const candidate = { ...current, [key]: value };
    const parsed = settingsSchema.safeParse(candidate);
    if (parsed.success) {
      current = parsed.data;
      applied.push(key as keyof Settings);
    } else {
      problems.push(`${source} value for "${key}" was ignored: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    }
  }
  return [current, applied];
}

export function resolveSettings(local: Layer | null, managed: Layer): ResolvedSettings {
  const problems: string[] = [];
  const [withLocal] = overlay(DEFAULT_SETTINGS, local ?? {}, 'Saved', problems);
  const [settings, locked] = overlay(withLocal, managed, 'Administrator', problems);
  return { settings, locked, problems };
}

export async function loadSettings(): Promise<ResolvedSettings> {
  const [local, managed] = await Promise.all([localSettings.getValue(), readManaged()]);
  return resolveSettings(local as Layer | null, managed);
}

/** Call `onChange` with fresh settings whenever local or managed values change. Returns an unwatch. */
export function watchSettings(onChange: (resolved: ResolvedSettings) => void): () => void {
  const reload = () => void loadSettings().then(onChange);
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
