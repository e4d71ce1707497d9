import { describe, expect, it } from 'vitest';
import { migrateSettings } from './migrations';
import { SETTINGS_VERSION } from './schema';

describe('migrateSettings', () => {
  it('takes an object without a version as current', () => {
    expect(migrateSettings({ allowlist: ['a'] })).toEqual({
      ok: true,
      value: { allowlist: ['a'], version: SETTINGS_VERSION },
      from: SETTINGS_VERSION,
    });
  });

  it('runs each step from the stored version up to the target, in order', () => {
    const steps = {
      2: (old: Record<string, unknown>) => ({ ...old, contact: { office: old.office } }),
      3: (old: Record<string, unknown>) => ({ ...old, trail: [...((old.trail as number[]) ?? []), 3] }),
    };
    const result = migrateSettings({ version: 1, office: 'CR', trail: [1] }, steps, 3);
    expect(result).toEqual({
      ok: true,
      from: 1,
      value: { version: 3, office: 'CR', contact: { office: 'CR' }, trail: [1, 3] },
    });
  });

  it('refuses when a step is missing, a version is nonsense, or the input is not an object', () => {
    expect(migrateSettings({ version: 1 }, {}, 2)).toEqual({
      ok: false,
      message: 'no migration from settings version 1 to 2',
    });
    expect(migrateSettings({ version: 0 }).ok).toBe(false);
    expect(migrateSettings({ version: '1' }).ok).toBe(false);
    expect(migrateSettings([1, 2]).ok).toBe(false);
    expect(migrateSettings(null).ok).toBe(false);
  });

  it('reads a file from a newer Preflight as is (its unknown settings are reported later)', () => {
    expect(migrateSettings({ version: SETTINGS_VERSION + 1, future: 1 })).toMatchObject({
      ok: true,
      value: { version: SETTINGS_VERSION + 1, future: 1 },
    });
  });
});
