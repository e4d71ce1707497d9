/**
 * State of the options page. `draft` is the employee's own settings (defaults + saved values) as being
 * edited; it is saved, debounced, whenever it passes the schema, and otherwise the invalid fields are
 * marked and nothing is saved. `resolved` adds the administrator's values, which win and are locked.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '@/lib/settings';
import { isLockedPath, type Layer, type SettingsIssue } from '@/lib/settings/overlay';
import { getPath, issuePath, setPath } from '@/lib/settings/paths';
import {
  localSettings,
  type ResolvedSettings,
  readManaged,
  resetLocalSettings,
  resolveLocal,
  resolveSettings,
  saveLocalSettings,
} from '@/lib/settings/storage';

export type SaveStatus = 'idle' | 'pending' | 'saved' | 'invalid';

export interface OptionsModel {
  resolved: ResolvedSettings;
  draft: Settings;
  /** Stored or administrator values that were ignored, for the banner. */
  issues: SettingsIssue[];
  /** Whether the administrator's values have been read yet. */
  adminKnown: boolean;
  errors: Record<string, string>;
  status: SaveStatus;
  /** The value shown at `path`: the administrator's when locked, else the draft's. */
  value(path: string): unknown;
  locked(path: string): boolean;
  error(path: string): string | undefined;
  update(path: string, value: unknown): void;
  /** Replace the whole draft (import) and save it now. */
  replace(settings: Settings): Promise<void>;
  /** Forget the employee's own values: defaults (and administrator values) apply again. */
  reset(): Promise<void>;
}

const SAVE_DELAY_MS = 300;

export function useOptions(): OptionsModel | null {
  const [local, setLocal] = useState<Layer | null | undefined>(undefined);
  // null until the browser answers: the first managed read can take seconds in a fresh profile.
  const [managed, setManaged] = useState<Layer | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<SaveStatus>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<Settings | null>(null);

  const reloadLocal = useCallback(async (resetDraft: boolean) => {
    const value = (await localSettings.getValue()) as Layer | null;
    setLocal(value);
    if (resetDraft) setDraft(resolveLocal(value).settings);
  }, []);

  useEffect(() => {
    void reloadLocal(true);
    const reloadManaged = () => void readManaged().then(setManaged);
    reloadManaged();
    // Saved elsewhere (another options tab): follow unless this page has unsaved edits.
    const unwatch = localSettings.watch(() => void reloadLocal(pending.current === null));
    const onManaged = (_changes: unknown, area: string) => area === 'managed' && reloadManaged();
    browser.storage.onChanged.addListener(onManaged);
    const flush = () => {
      if (pending.current) void saveLocalSettings(pending.current);
    };
    addEventListener('pagehide', flush);
    return () => {
      unwatch();
      browser.storage.onChanged.removeListener(onManaged);
      removeEventListener('pagehide', flush);
    };
  }, [reloadLocal]);

  const resolved = useMemo(
    () => (draft ? resolveSettings(draft as unknown as Layer, managed ?? {}) : null),
    [draft, managed],
  );
  // Problems worth showing come from what is stored, not from a half-edited draft.
  const issues = useMemo(
    () => (local === undefined ? [] : resolveSettings(local, managed ?? {}).issues),
    [local, managed],
  );

  const draftRef = useRef<Settings | null>(null);
  draftRef.current = draft;

  const update = useCallback((path: string, value: unknown) => {
    const current = draftRef.current;
    if (!current) return;
    const next = setPath(current, path, value);
    draftRef.current = next;
    setDraft(next);
    clearTimeout(timer.current);
    const parsed = settingsSchema.safeParse(next);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [issuePath(issue.path), issue.message])));
      setStatus('invalid');
      pending.current = null;
      return;
    }
    setErrors({});
    setStatus('pending');
    pending.current = parsed.data;
    timer.current = setTimeout(() => {
      const toSave = pending.current;
      if (!toSave) return;
      void saveLocalSettings(toSave).then(() => {
        if (pending.current === toSave) pending.current = null;
        setStatus('saved');
      });
    }, SAVE_DELAY_MS);
  }, []);

  const replace = useCallback(async (settings: Settings) => {
    clearTimeout(timer.current);
    pending.current = null;
    setDraft(settings);
    setErrors({});
    await saveLocalSettings(settings);
    setStatus('saved');
  }, []);

  const reset = useCallback(async () => {
    clearTimeout(timer.current);
    pending.current = null;
    setDraft(DEFAULT_SETTINGS);
    setErrors({});
    await resetLocalSettings();
    setStatus('saved');
  }, []);

  if (!resolved || !draft) return null;
  return {
    resolved,
    draft,
    issues,
    adminKnown: managed !== null,
    errors,
    status,
    value: (path) =>
      isLockedPath(resolved.lockedPaths, path) ? getPath(resolved.settings, path) : getPath(draft, path),
    locked: (path) => isLockedPath(resolved.lockedPaths, path),
    error: (path) => errors[path],
    update,
    replace,
    reset,
  };
}
