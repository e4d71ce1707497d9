import { beforeEach, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { Settings } from '../settings/schema';

/** Loads the test answers by hand, in any order. */
const pending = vi.hoisted(() => ({
  local: null as null | ((value: unknown) => void),
  full: null as null | ((value: unknown) => void),
  watcher: null as null | ((value: unknown) => void),
}));

vi.mock('../settings/storage', () => ({
  loadLocalSettings: () =>
    new Promise((resolve) => {
      pending.local = resolve;
    }),
  loadSettings: () =>
    new Promise((resolve) => {
      pending.full = resolve;
    }),
  watchSettings: (onChange: (value: unknown) => void) => {
    pending.watcher = onChange;
    return () => undefined;
  },
}));

const { currentSettings, followSettings } = await import('./settings');

const named = (name: string): { settings: Settings } => ({
  settings: { ...DEFAULT_SETTINGS, district: { ...DEFAULT_SETTINGS.district, name } },
});
const districtName = () => currentSettings().district.name;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  followSettings(() => undefined);
});

test('starts from the defaults, then applies local values, then the full ones', async () => {
  expect(districtName()).toBe(DEFAULT_SETTINGS.district.name);
  pending.local?.(named('Local'));
  await settle();
  expect(districtName()).toBe('Local');
  pending.full?.(named('Full'));
  await settle();
  expect(districtName()).toBe('Full');
});

test('a local load answering after the full one does not replace it', async () => {
  pending.full?.(named('Full'));
  await settle();
  pending.local?.(named('Stale local'));
  await settle();
  expect(districtName()).toBe('Full');
});

test('a change seen before the first full load answers is kept', async () => {
  pending.watcher?.(named('Changed'));
  await settle();
  pending.full?.(named('Stale full'));
  pending.local?.(named('Stale local'));
  await settle();
  expect(districtName()).toBe('Changed');
});
