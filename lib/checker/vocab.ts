/** Word classes for patterns (pattern.ts), built once from the lexicons. */
import {
  INSULT_ADJECTIVES,
  INSULT_NOUNS,
  OBSCENE,
  SLURS,
  VIOLENCE_VERBS,
  WEAPONS,
} from './lexicon/abuse';
import { GROUPS } from './lexicon/groups';
import { PERSON_NOUNS, TITLES } from './lexicon/people';
import { alternation } from './lexicon/words';
import type { Classes } from './pattern';

export const CLASSES: Classes = {
  obscene: alternation(OBSCENE),
  slur: alternation(SLURS),
  insult: alternation(INSULT_NOUNS),
  insultAdj: alternation(INSULT_ADJECTIVES),
  person: alternation(PERSON_NOUNS),
  group: alternation(GROUPS),
  violence: alternation(VIOLENCE_VERBS),
  weapon: alternation(WEAPONS),
  title: alternation(TITLES),
  you: 'you|ur|yall|ya|your',
  pronoun: 'he|she|him|her|they|them|it',
  be: "is|are|was|were|be|been|being|am|'s|r|re",
  det: "a|an|the|this|that|these|those|some|such|any|every|each|all|my|our|your|ur|his|her|their|'s",
  mention: '@[^ ]+',
  num: '[0-9][^ ]*',
  ordinal: '[0-9]+(?:st|nd|rd|th)',
};
