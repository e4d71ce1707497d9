import { DEFAULT_SETTINGS } from '../settings/defaults';
import { runRules } from './engine';
import { modelFor } from './model/model';
import { tokenize } from './nlp';
import { warmPatterns } from './pattern';
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

let primed = false;

/**
 * Do the checker's one-time work ahead of the first check, in slices of at most about `budgetMs`:
 * the tokenizer's set-up, the wording model's tables, then every pattern's expression. Returns true
 * when everything is ready; call it again (in idle time) until then. Never throws.
 */
export function warmUp(budgetMs = 10): boolean {
  try {
    if (!primed) {
      primed = true;
      tokenize('Warm up.');
      modelFor('derogatory');
      return false;
    }
    return warmPatterns(budgetMs);
  } catch {
    return true;
  }
}
