/**
 * What the request guard keeps, in `browser.storage.local` only (never sync): the roster the employee
 * imported, and the people they said not to ask about again, as opaque ids (a SHA-256 of the platform
 * and the site's profile id, never a name). `RequestMemory` mirrors both in the content script so the
 * decision at the moment of a click is synchronous.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { storage } from '#imports';
import type { Platform } from '../checker/types';
import { RosterMatcher } from './roster';
import { saltItem } from './salt';

export interface StoredRoster {
  names: string[];
  /** ms since epoch */
  importedAt: number;
}

const MAX_REMEMBERED = 5000;

export const rosterItem = storage.defineItem<StoredRoster | null>('local:requestRoster', { fallback: null });
export const rememberedItem = storage.defineItem<string[]>('local:requestRemembered', { fallback: [] });

/** The opaque id a "don't ask again" is remembered by. */
export function personKey(salt: string, platform: Platform, profileId: string): string {
  return bytesToHex(sha256(utf8ToBytes(`${salt}:${platform}:${profileId.toLowerCase()}`))).slice(0, 32);
}

export async function saveRoster(names: string[], now = Date.now()): Promise<void> {
  await rosterItem.setValue({ names, importedAt: now });
}

export async function clearRoster(): Promise<void> {
  await rosterItem.setValue(null);
}

export async function rememberPerson(key: string): Promise<void> {
  const list = (await rememberedItem.getValue()).filter((existing) => existing !== key);
  list.push(key);
  await rememberedItem.setValue(list.slice(-MAX_REMEMBERED));
}

export async function forgetRemembered(): Promise<void> {
  await rememberedItem.setValue([]);
}

/** The content script's synchronous view of the roster and the remembered people, kept current. */
export class RequestMemory {
  private rosterNames: string[] = [];
  /** Built on the first request checked, not on every page load (the guard may be off). */
  private matcher: RosterMatcher | null | undefined;
  private remembered = new Set<string>();
  private salt = '';
  private readonly unwatch: (() => void)[] = [];

  start(): () => void {
    const setRoster = (value: StoredRoster | null) => {
      this.rosterNames = value?.names ?? [];
      this.matcher = undefined;
    };
    const setRemembered = (value: string[] | null) => {
      this.remembered = new Set(value ?? []);
    };
    rosterItem
      .getValue()
      .then(setRoster)
      .catch(() => undefined);
    rememberedItem
      .getValue()
      .then(setRemembered)
      .catch(() => undefined);
    const setSalt = (salt: string | null) => {
      this.salt = salt ?? '';
    };
    saltItem
      .getValue()
      .then(setSalt)
      .catch(() => undefined);
    // Should another context have stored a different secret first, the stored one is the one to use.
    this.unwatch.push(rosterItem.watch(setRoster), rememberedItem.watch(setRemembered), saltItem.watch(setSalt));
    return () => {
      for (const stop of this.unwatch.splice(0)) stop();
    };
  }

  /** The imported roster's matcher (null without a roster). */
  get roster(): RosterMatcher | null {
    this.matcher ??= this.rosterNames.length ? new RosterMatcher(this.rosterNames) : null;
    return this.matcher;
  }

  /** The person's opaque id, or null until the install's secret has loaded. */
  keyFor(platform: Platform, profileId: string | null | undefined): string | null {
    return profileId && this.salt ? personKey(this.salt, platform, profileId) : null;
  }

  isRemembered(key: string | null): boolean {
    return !!key && this.remembered.has(key);
  }

  remember(key: string): Promise<void> {
    this.remembered.add(key);
    return rememberPerson(key);
  }
}
