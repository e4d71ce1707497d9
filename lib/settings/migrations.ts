/**
 * Settings versions. Saved settings and exported files carry `version`; when the schema changes
 * incompatibly, SETTINGS_VERSION goes up and a function here turns the previous shape into the new
 * one, so an employee's saved settings and a District's exported file keep working after an update.
 * Administrator (managed) values carry no version: keep accepting old keys there through the same steps.
 */
import { isPlainObject, type Layer } from './overlay';
import { SETTINGS_VERSION } from './schema';

/** `MIGRATIONS[n]` turns a version n-1 object into version n. None yet: version 1 is the first shape. */
export type Migration = (previous: Layer) => Layer;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult = { ok: true; value: Layer; from: number } | { ok: false; message: string };

/**
 * Bring `raw` up to `target`. An object without `version` is taken as current (hand-written and
 * administrator configurations rarely carry one). A newer version than this build knows is read as is:
 * unknown settings are then skipped one by one by the overlay, and reported.
 */
export function migrateSettings(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SETTINGS_VERSION,
): MigrationResult {
  if (!isPlainObject(raw)) return { ok: false, message: 'settings must be a JSON object' };
  const version = raw.version ?? target;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `"version" must be a whole number from 1 (got ${JSON.stringify(raw.version)})` };
  }
  let value: Layer = { ...raw };
  for (let next = version + 1; next <= target; next++) {
    const step = migrations[next];
    if (!step) return { ok: false, message: `no migration from settings version ${next - 1} to ${next}` };
    value = { ...step(value), version: next };
  }
  return { ok: true, value: { ...value, version: Math.max(version, target) }, from: version };
}
