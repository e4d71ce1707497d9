/** The content script's view of settings: defaults at once (so guarding starts immediately), then stored and managed values. */
import { resolveLanguage, setLanguage } from '../i18n';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { Settings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/storage';

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
  loadSettings()
    .then(update)
    .catch(() => undefined);
  return watchSettings(update);
}
