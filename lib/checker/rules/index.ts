/** The rule registry, in priority order (an earlier rule wins an overlap within one category). */
import type { Rule } from '../rule';
import { defamation } from './defamation';
import { harassment } from './harassment';
import { identityAttack } from './identity-attack';
import { insult } from './insult';
import { profanity } from './profanity';
import { slur } from './slur';
import { threatRule } from './threat';

export const RULES: Rule[] = [slur, threatRule, identityAttack, profanity, insult, harassment, defamation];
