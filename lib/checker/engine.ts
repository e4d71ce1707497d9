import type { CheckContext, CheckerSettings, Finding } from './types';

/** Placeholder until the rule engine lands. */
export function runRules(_text: string, _context: CheckContext, _settings: CheckerSettings): Finding[] {
  return [];
}
