import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from './defaults';
import { liveSettings, resetLiveSettings } from './live';
import { localSettings, saveLocalSettings } from './storage';

beforeEach(() => {
  fakeBrowser.reset();
  resetLiveSettings();
});
afterEach(() => {
  vi.restoreAllMocks();
  resetLiveSettings();
});

const renamed = (name: string) => ({ ...DEFAULT_SETTINGS, district: { ...DEFAULT_SETTINGS.district, name } });

describe('liveSettings', () => {
  it('reads managed storage once, however many times it is asked', async () => {
    await fakeBrowser.storage.managed.set({ district: { name: 'Managed District' } });
    const managedGet = vi.spyOn(fakeBrowser.storage.managed, 'get');
    const results = await Promise.all([liveSettings(), liveSettings()]);
    expect((await liveSettings()).settings.district.name).toBe('Managed District');
    expect(results.map((r) => r.lockedPaths)).toEqual([['district.name'], ['district.name']]);
    expect(managedGet).toHaveBeenCalledTimes(1);
  });

  it('follows local changes without being asked to reload', async () => {
    expect((await liveSettings()).settings.district.name).toBe(DEFAULT_SETTINGS.district.name);
    await saveLocalSettings(renamed('Pine Ridge USD'));
    await vi.waitFor(async () => expect((await liveSettings()).settings.district.name).toBe('Pine Ridge USD'));
  });

  it('follows managed changes', async () => {
    await liveSettings();
    await fakeBrowser.storage.managed.set({ district: { name: 'Set by IT' } });
    await vi.waitFor(async () => expect((await liveSettings()).lockedPaths).toEqual(['district.name']));
    expect((await liveSettings()).settings.district.name).toBe('Set by IT');
  });

  it('does not cache a failed first read', async () => {
    vi.spyOn(localSettings, 'getValue').mockRejectedValueOnce(new Error('storage unavailable'));
    await expect(liveSettings()).rejects.toThrow('storage unavailable');
    await saveLocalSettings(renamed('After the failure'));
    expect((await liveSettings()).settings.district.name).toBe('After the failure');
  });
});
