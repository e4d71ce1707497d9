/**
 * A random secret made once per install: handles are public, so an unsalted hash of one could be
 * checked against the remembered list by anyone reading storage. The background creates it when the
 * extension starts (before any page loads a content script), so two tabs opened right after install
 * cannot each make their own.
 */
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import { storage } from '#imports';

export const saltItem = storage.defineItem<string>('local:requestSalt', {
  fallback: '',
  init: () => bytesToHex(randomBytes(16)),
});

/** Make sure the secret exists (WXT's `init` runs once per context, under a lock). */
export async function ensureSalt(): Promise<void> {
  await saltItem.getValue();
}
