import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './defaults';
import { exportFileName, exportSettings, parseSettingsImport } from './import-export';

const custom = {
  ...DEFAULT_SETTINGS,
  district: { ...DEFAULT_SETTINGS.district, name: 'Pine Ridge Schools' },
  accounts: { x: ['@PineRidgeSD'], facebook: ['Pine Ridge Schools'], instagram: [] },
  graduationYears: { first: 2026, last: 2038 },
};

describe('settings import and export', () => {
  it('round-trips every setting', () => {
    const result = parseSettingsImport(exportSettings(custom), DEFAULT_SETTINGS);
    expect(result.ok && result.settings).toEqual(custom);
  });

  it('applies a partial file over the current settings', () => {
    const result = parseSettingsImport('{"allowlist":["Go Cougars"],"contact":{"phone":"555-0100"}}', custom);
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.settings.allowlist).toEqual(['Go Cougars']);
    expect(result.settings.contact.phone).toBe('555-0100');
    expect(result.settings.district.name).toBe('Pine Ridge Schools');
    expect(result.applied).toEqual(['allowlist', 'contact.phone']);
  });

  it('rejects malformed JSON with the parser message', () => {
    const result = parseSettingsImport('{"allowlist": [', DEFAULT_SETTINGS);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.kind).toBe('json');
    expect(!result.ok && result.errors[0]).toMatch(/JSON|Unexpected|end/i);
  });

  it('rejects the whole file when any value is invalid or unknown, naming each', () => {
    const result = parseSettingsImport(
      JSON.stringify({ allowlist: ['fine'], categories: { political: { mode: 'sometimes' } }, colour: 'red' }),
      DEFAULT_SETTINGS,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe('invalid');
    expect(result.errors).toHaveLength(2);
    expect(result.errors.some((e) => e.startsWith('categories.political.mode:'))).toBe(true);
    expect(result.errors.some((e) => e.startsWith('colour:'))).toBe(true);
  });

  it('rejects files that are not settings at all', () => {
    for (const text of ['[]', '"text"', '42', 'null', '{}', '{"version":1}']) {
      const result = parseSettingsImport(text, DEFAULT_SETTINGS);
      expect(result.ok, text).toBe(false);
      expect(!result.ok && result.kind, text).toBe('shape');
    }
  });

  it('names exports by date', () => {
    expect(exportFileName(new Date('2025-03-04T10:00:00Z'))).toBe('preflight-settings-2025-03-04.json');
    expect(JSON.parse(exportSettings(DEFAULT_SETTINGS)).version).toBe(1);
  });
});
