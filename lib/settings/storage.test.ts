import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from './defaults';
import {
  loadLocalSettings,
  loadSettings,
  localSettings,
  readManaged,
  resetLocalSettings,
  resolveSettings,
  saveLocalSettings,
  watchSettings,
} from './storage';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('resolveSettings', () => {
  it('uses the defaults when nothing is saved or managed', () => {
    const resolved = resolveSettings(null, {});
    expect(resolved.settings).toEqual(DEFAULT_SETTINGS);
    expect(resolved.locked).toEqual([]);
    expect(resolved.problems).toEqual([]);
  });

  it('lets managed values win over saved ones and locks exactly what the administrator set', () => {
    const local = { contact: { ...DEFAULT_SETTINGS.contact, email: 'me@example.org', phone: '555' } };
    const managed = { contact: { email: 'cr@district.example' }, categories: { political: { mode: 'warn' } } };
    const { settings, locked, lockedPaths } = resolveSettings(local, managed);
    expect(settings.contact.email).toBe('cr@district.example');
    expect(settings.contact.phone).toBe('555');
    expect(settings.categories.political).toEqual({ mode: 'warn', override: 'reason' });
    expect(lockedPaths).toEqual(['contact.email', 'categories.political.mode']);
    expect(locked).toEqual(['contact', 'categories']);
  });

  it('ignores and reports invalid managed values while applying the valid ones next to them', () => {
    const managed = {
      categories: { political: { mode: 'strict' }, derogatory: { mode: 'block' } },
      studentIdFormats: ['(unclosed'],
      graduationYears: { first: 2040, last: 2030 },
      nonsense: true,
      accounts: { x: '@NotAList' },
    };
    const resolved = resolveSettings(null, managed);
    expect(resolved.settings.categories.derogatory.mode).toBe('block');
    expect(resolved.settings.categories.political).toEqual(DEFAULT_SETTINGS.categories.political);
    expect(resolved.settings.studentIdFormats).toEqual(DEFAULT_SETTINGS.studentIdFormats);
    expect(resolved.settings.graduationYears).toBeNull();
    expect(resolved.settings.accounts.x).toEqual(DEFAULT_SETTINGS.accounts.x);
    expect(resolved.lockedPaths).toEqual(['categories.derogatory.mode']);
    expect(resolved.issues.map((issue) => issue.path).sort()).toEqual([
      'accounts.x',
      'categories.political.mode',
      'graduationYears',
      'nonsense',
      'studentIdFormats.0',
    ]);
    expect(resolved.issues.every((issue) => issue.source === 'managed')).toBe(true);
    expect(resolved.problems[0]).toMatch(/^Administrator value for ".+" was ignored: /);
  });

  it('reports unknown nested keys instead of silently dropping them', () => {
    const resolved = resolveSettings(null, { contact: { fax: '555' } });
    expect(resolved.issues).toEqual([{ source: 'managed', path: 'contact.fax', message: 'not a Preflight setting' }]);
    expect(resolved.lockedPaths).toEqual([]);
  });

  it('replaces a policy document as a whole and rejects a broken one', () => {
    const policy = {
      title: 'Our policy',
      sections: [{ id: 'all', title: 'All', clauses: [{ id: 'all.one', text: 'T', explanation: 'E', action: 'A' }] }],
    };
    expect(resolveSettings(null, { policy }).settings.policy?.title).toBe('Our policy');
    const broken = resolveSettings(null, { policy: { title: 'x', sections: [] } });
    expect(broken.settings.policy).toBeNull();
    expect(broken.issues[0].path).toBe('policy.sections');
  });

  it('never throws on garbage layers', () => {
    for (const layer of [
      { district: null },
      { schools: [{}] },
      { categories: 7 },
      { version: 'x' },
      { policy: 'text' },
    ]) {
      expect(() => resolveSettings(layer as Record<string, unknown>, layer as Record<string, unknown>)).not.toThrow();
    }
    expect(resolveSettings({ version: 'x' }, {}).issues[0].message).toMatch(/version/);
  });
});

describe('storage', () => {
  it('saves, loads with managed values on top, and resets', async () => {
    await saveLocalSettings({ ...DEFAULT_SETTINGS, allowlist: ['go cougars'] });
    await fakeBrowser.storage.managed.set({ district: { name: 'Managed District' } });
    const loaded = await loadSettings();
    expect(loaded.settings.allowlist).toEqual(['go cougars']);
    expect(loaded.settings.district.name).toBe('Managed District');
    expect(loaded.lockedPaths).toEqual(['district.name']);
    expect((await localSettings.getValue())?.version).toBe(1);
    await resetLocalSettings();
    expect((await loadSettings()).settings.allowlist).toEqual([]);
  });

  it('reads no managed values when the browser has no policy (Firefox rejects)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await readManaged()).toEqual({});
  });

  it('tells watchers about local changes', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((resolved) => seen.push(resolved.settings.district.name));
    await saveLocalSettings({ ...DEFAULT_SETTINGS, district: { ...DEFAULT_SETTINGS.district, name: 'Renamed' } });
    await vi.waitFor(() => expect(seen).toContain('Renamed'));
    unwatch();
  });
});

describe('loadLocalSettings', () => {
  it('answers with the saved values while managed storage has not answered yet', async () => {
    await saveLocalSettings({ ...DEFAULT_SETTINGS, accounts: { ...DEFAULT_SETTINGS.accounts, x: ['@mine'] } });
    const managed = { accounts: { x: ['@district'] } };
    // Managed storage that never answers (as a browser's first page can wait seconds for it).
    const managedArea = fakeBrowser.storage.managed;
    const stalled = { ...managedArea, get: () => new Promise<Record<string, unknown>>(() => {}) };
    Object.defineProperty(fakeBrowser.storage, 'managed', { value: stalled, configurable: true });
    try {
      const resolved = await loadLocalSettings();
      expect(resolved.settings.accounts.x).toEqual(['@mine']);
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'managed', { value: managedArea, configurable: true });
    }
    // With the administrator's values, once they come, loadSettings() has them.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(managed as never);
    expect((await loadSettings()).settings.accounts.x).toEqual(['@district']);
    vi.restoreAllMocks();
  });
});
