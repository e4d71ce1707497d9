/** The rule registry, in priority order (an earlier rule wins an overlap within one category). */
import type { Rule } from '../rule';
import { profanity } from './profanity';
import { slur } from './slur';

export const RULES: Rule[] = [slur, profanity];
