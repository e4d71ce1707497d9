import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saltItem } from './salt';
import { clearRoster, personKey, RequestMemory, saveRoster } from './store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('personKey', () => {
  test('is an opaque id, the same for the same person and install', () => {
    const key = personKey('salt-a', 'x', 'Mia_H');
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(personKey('salt-a', 'x', 'mia_h')).toBe(key);
  });

  test('differs between installs, platforms and people', () => {
    const key = personKey('salt-a', 'x', 'mia_h');
    expect(personKey('salt-b', 'x', 'mia_h')).not.toBe(key);
    expect(personKey('salt-a', 'instagram', 'mia_h')).not.toBe(key);
    expect(personKey('salt-a', 'x', 'leo_m')).not.toBe(key);
  });
});

describe('RequestMemory', () => {
  test("follows the stored roster: a saved roster's names match, a cleared one matches nothing", async () => {
    await saveRoster(['Mia Hernandez']);
    const memory = new RequestMemory();
    const stop = memory.start();
    await expect.poll(() => memory.roster?.match('Mia Hernandez') ?? null).not.toBeNull();
    await saveRoster(['Leo Martin']);
    await expect.poll(() => memory.roster?.match('Leo Martin') ?? null).not.toBeNull();
    expect(memory.roster?.match('Mia Hernandez') ?? null).toBeNull();
    await clearRoster();
    await expect.poll(() => memory.roster).toBeNull();
    stop();
  });

  test('keys people with the stored secret, and adopts the one another tab stored first', async () => {
    const memory = new RequestMemory();
    const stop = memory.start();
    await expect.poll(() => memory.keyFor('x', 'mia_h')).not.toBeNull();
    const first = await saltItem.getValue();
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(memory.keyFor('x', 'mia_h')).toBe(personKey(first, 'x', 'mia_h'));
    await saltItem.setValue('0123456789abcdef0123456789abcdef');
    await expect
      .poll(() => memory.keyFor('x', 'mia_h'))
      .toBe(personKey('0123456789abcdef0123456789abcdef', 'x', 'mia_h'));
    stop();
  });
});
