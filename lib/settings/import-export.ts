/**
 * Import and export of all settings as JSON. An import is all or nothing: malformed JSON, an unknown
 * setting or any invalid value rejects the whole file with plain-words reasons, and nothing changes.
 */
import { migrateSettings } from './migrations';
import { overlay } from './overlay';
import { SETTINGS_VERSION, type Settings } from './schema';

export type ImportResult =
  | { ok: true; settings: Settings; applied: string[] }
  | { ok: false; kind: 'json' | 'shape' | 'invalid'; errors: string[] };

/** Parse an exported (or hand-written, partial) settings file and lay it over `base`. */
export function parseSettingsImport(text: string, base: Settings): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'json', errors: [error instanceof Error ? error.message : String(error)] };
  }
  const migrated = migrateSettings(raw);
  if (!migrated.ok) return { ok: false, kind: 'shape', errors: [migrated.message] };
  const result = overlay(base, migrated.value, 'import');
  if (result.issues.length > 0) {
    return { ok: false, kind: 'invalid', errors: result.issues.map((issue) => `${issue.path}: ${issue.message}`) };
  }
  if (result.applied.length === 0) return { ok: false, kind: 'shape', errors: ['the file contains no settings'] };
  return { ok: true, settings: result.settings, applied: result.applied };
}

/** The settings as a JSON file, with their version so a later Preflight can migrate them. */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ ...settings, version: SETTINGS_VERSION }, null, 2)}\n`;
}

export function exportFileName(now: Date = new Date()): string {
  return `preflight-settings-${now.toISOString().slice(0, 10)}.json`;
}
