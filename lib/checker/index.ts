import { DEFAULT_SETTINGS } from '../settings/defaults';
import { runRules } from './engine';
import type { CheckContext, CheckerSettings, Finding } from './types';

export type * from './types';
export { DEFAULT_CONTEXT } from './types';

/**
 * Check a post against the policy. Pure and synchronous: no DOM, no browser APIs, no I/O. Never
 * throws: any internal failure returns no findings (callers treat that as "nothing to hold").
 * Spans are UTF-16 offsets into `text` as given.
 */
export function check(text: string, context: CheckContext, settings: CheckerSettings = DEFAULT_SETTINGS): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return runRules(text, context, settings);
  } catch {
    return [];
  }
}
