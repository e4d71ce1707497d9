/**
 * The local decision log: overrides ("Post anyway"), false-positive reports ("Not a problem") and
 * request-guard decisions. Entries hold rule ids, categories and time, never the post text.
 */
import { storage } from '#imports';

export interface DecisionLogEntry {
  /** ms since epoch */
  time: number;
  kind: 'override' | 'false-positive' | 'edit' | 'request-declined' | 'request-allowed';
  platform: 'x' | 'facebook' | 'instagram' | 'popup';
  account: 'district' | 'personal';
  categories: string[];
  rules: string[];
  /** The employee's written reason for an override, when settings require one. */
  reason?: string;
}

const MAX_ENTRIES = 1000;

export const decisionLog = storage.defineItem<DecisionLogEntry[]>('local:decisionLog', { fallback: [] });

export async function appendDecision(entry: DecisionLogEntry): Promise<void> {
  // A copy: the stored fallback array must not grow.
  const entries = [...(await decisionLog.getValue())];
  entries.push(entry);
  await decisionLog.setValue(entries.slice(-MAX_ENTRIES));
}

export async function clearDecisions(): Promise<void> {
  await decisionLog.setValue([]);
}
