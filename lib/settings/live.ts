/**
 * Settings for long-lived extension contexts (the background): read once when first asked (at startup),
 * then kept current by the storage watcher, so message handlers never read storage per request. The
 * first managed-storage read takes seconds in a fresh Chromium profile; later reads come from memory.
 */
import { loadSettings, type ResolvedSettings, watchSettings } from './storage';

interface Live {
  settings: Promise<ResolvedSettings>;
  unwatch: () => void;
}

let live: Live | null = null;

/** The current resolved settings (local overlaid by managed values). */
export function liveSettings(): Promise<ResolvedSettings> {
  if (live) return live.settings;
  const initial = loadSettings();
  const entry: Live = { settings: initial, unwatch: () => undefined };
  entry.unwatch = watchSettings((resolved) => {
    entry.settings = Promise.resolve(resolved);
  });
  live = entry;
  // A failed first read is not cached: the next call reads again.
  initial.catch(() => {
    if (live === entry && entry.settings === initial) {
      entry.unwatch();
      live = null;
    }
  });
  return entry.settings;
}

/** Stop watching and forget the cached settings (tests). */
export function resetLiveSettings(): void {
  live?.unwatch();
  live = null;
}
