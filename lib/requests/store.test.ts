import { describe, expect, test } from 'vitest';
import { personKey } from './store';

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
