import type { TextCategory } from '../policy/schema';
import type { Settings } from '../settings/schema';

export type Platform = 'x' | 'facebook' | 'instagram';
export type Account = 'district' | 'personal';
export type Surface = 'post' | 'comment' | 'reply' | 'caption' | 'message';
export type Severity = 'block' | 'warn' | 'info';

export interface CheckContext {
  platform: Platform;
  account: Account;
  surface: Surface;
}

/** Replace the finding's span `[start, end)` with `replacement` (empty string removes it). */
export interface Fix {
  label: string;
  replacement: string;
}

export interface Finding {
  category: TextCategory;
  /** Rule module id, e.g. `profanity`, `student-id`. */
  rule: string;
  /** Policy clause id the rule enforces, e.g. `all.derogatory`. */
  clause: string;
  severity: Severity;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** Plain words: what was found and why it matters. */
  message: string;
  fix?: Fix;
}

/** What the checker reads from settings: the District's vocabulary, strictness and policy. */
export type CheckerSettings = Pick<
  Settings,
  'district' | 'schools' | 'accounts' | 'studentIdFormats' | 'categories' | 'allowlist' | 'policy'
>;

export const DEFAULT_CONTEXT: CheckContext = { platform: 'x', account: 'personal', surface: 'post' };
