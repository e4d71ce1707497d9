/** The content script's view of settings: defaults at once (so guarding starts immediately), then stored and managed values. */
import { resolveLanguage, setLanguage } from '../i18n';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { Settings } from '../settings/schema';
import { loadLocalSettings, loadSettings, watchSettings } from '../settings/storage';

let current: Settings = DEFAULT_SETTINGS;

export function currentSettings(): Settings {
  return current;
}

function apply(settings: Settings): void {
  current = settings;
  setLanguage(resolveLanguage(settings.language, typeof navigator === 'undefined' ? [] : navigator.languages));
}

/** Start following settings; `onChange` runs after each change. Returns the unwatch. */
export function followSettings(onChange: () => void): () => void {
  apply(DEFAULT_SETTINGS);
  const update = (resolved: { settings: Settings }) => {
    apply(resolved.settings);
    onChange();
  };
  // Local values first (fast), then with the administrator's values (managed storage can be slow to
  // answer). Once a full load has been applied, an earlier-started one that answers late (the local
  // one, or the first full one overtaken by a change's reload) never replaces it.
  let full = false;
  const updateFull = (resolved: { settings: Settings }) => {
    full = true;
    update(resolved);
  };
  loadLocalSettings()
    .then((resolved) => full || update(resolved))
    .catch(() => undefined);
  loadSettings()
    .then((resolved) => full || updateFull(resolved))
    .catch(() => undefined);
  return watchSettings(updateFull);
}
