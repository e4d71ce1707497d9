/**
 * Settings for the popup and options page: the employee's saved values first (a few ms), then with the
 * administrator's values (the first managed-storage read can take seconds in a fresh profile), then
 * every change. Renders nothing until the first answer so the language does not flicker.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  loadSettings,
  localSettings,
  type ResolvedSettings,
  resolveSettings,
  watchSettings,
} from '@/lib/settings/storage';

export interface SettingsState {
  resolved: ResolvedSettings;
  /** False while only the saved values are known (administrator values still being read). */
  complete: boolean;
}

export function useResolvedSettings(): SettingsState | null {
  const [state, setState] = useState<SettingsState | null>(null);
  useEffect(() => {
    let alive = true;
    let complete = false;
    void localSettings.getValue().then((local) => {
      if (alive && !complete)
        setState({ resolved: resolveSettings(local as Record<string, unknown> | null, {}), complete: false });
    });
    const deliver = (value: ResolvedSettings) => {
      complete = true;
      if (alive) setState({ resolved: value, complete: true });
    };
    void loadSettings().then(deliver);
    const unwatch = watchSettings(deliver);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return state;
}
