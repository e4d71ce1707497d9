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

export function useResolvedSettings(): ResolvedSettings | null {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  useEffect(() => {
    let alive = true;
    let complete = false;
    void localSettings.getValue().then((local) => {
      if (alive && !complete) setResolved(resolveSettings(local as Record<string, unknown> | null, {}));
    });
    const deliver = (value: ResolvedSettings) => {
      complete = true;
      if (alive) setResolved(value);
    };
    void loadSettings().then(deliver);
    const unwatch = watchSettings(deliver);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return resolved;
}
