/** Word classes for patterns (pattern.ts), built once from the lexicons. */
import {
  GAME_VIOLENCE,
  INSULT_ADJECTIVES,
  INSULT_NOUNS,
  INSULT_PREDICATES,
  OBSCENE,
  SLURS,
  STRONG_INSULTS,
  VIOLENCE_VERBS,
  WEAK_INSULT_ADJECTIVES,
  WEAPONS,
} from './lexicon/abuse';
import { DEHUMANIZING, GROUP_COLLECTIVES, GROUP_NEGATIVE, GROUPS } from './lexicon/groups';
import { PERSON_NOUNS, TITLES } from './lexicon/people';
import { alternation } from './lexicon/words';
import type { Classes } from './pattern';

const PERSON = alternation(PERSON_NOUNS);
const NAME = '\\^[^ ]+';

/** Words that are as often praise ("you're a BEAST", "an absolute monster in goal") as insult. */
const PRAISE_TOO = new Set([
  'beast',
  'beasts',
  'monster',
  'monsters',
  'animal',
  'animals',
  'savage',
  'savages',
  'lunatic',
  'psycho',
  'zombie',
  'zombies',
  'sheep',
  'machine',
]);

export const CLASSES: Classes = {
  /** Someone a remark can be aimed at: you, a pronoun, a person word, a name or a @mention. */
  target: `you|ur|yall|ya|he|she|him|her|they|them|${PERSON}|${NAME}|@[^ ]+`,
  obscene: alternation(OBSCENE),
  slur: alternation(SLURS),
  insult: alternation([...INSULT_NOUNS, ...STRONG_INSULTS].filter((w) => !PRAISE_TOO.has(w))),
  strongInsult: alternation(STRONG_INSULTS),
  insultPred: alternation(
    [...INSULT_NOUNS, ...STRONG_INSULTS, ...INSULT_PREDICATES, ...OBSCENE].filter((w) => !PRAISE_TOO.has(w)),
  ),
  insultAdj: alternation(INSULT_ADJECTIVES),
  strongAdj: alternation([...INSULT_ADJECTIVES].filter((w) => !WEAK_INSULT_ADJECTIVES.has(w))),
  adv: 'so|too|really|just|such|very|fucking|freaking|completely|totally|literally|actually|honestly|seriously|being|always|still|kinda|pretty|super|that|this|damn|bloody|truly|the most|most|absolutely|utterly|plain|straight up',
  mod: `a|an|such|so|just|really|the|one|total|complete|absolute|real|little|big|biggest|typical|fucking|freaking|damn|bloody|straight|pure|utter|lying|old|fat|sorry|stupid|dumb|all|nothing but|bunch of|pack of|buncha|ass|${alternation(INSULT_ADJECTIVES)}`,

  person: alternation(PERSON_NOUNS),
  group: alternation(GROUPS),
  groups: alternation(GROUP_COLLECTIVES),
  dehumanizing: alternation(DEHUMANIZING),
  groupNegative: alternation(GROUP_NEGATIVE),
  violence: alternation(VIOLENCE_VERBS),
  severeViolence: alternation([...VIOLENCE_VERBS].filter((w) => !GAME_VIOLENCE.has(w))),
  weapon: alternation(WEAPONS),
  title: alternation(TITLES),
  you: 'you|ur|yall|ya|your',
  pronoun: 'he|she|him|her|they|them',
  be: "is|are|was|were|be|been|being|am|'s|r|re",
  det: "a|an|the|this|that|these|those|some|such|any|every|each|all|my|our|your|ur|his|her|their|'s",
  mention: '@[^ ]+',
  name: '\\^[^ ]+',
  num: '[0-9][^ ]*',
  ordinal: '[0-9]+(?:st|nd|rd|th)',
};
