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
import {
  type Classes,
  keyWord,
  literal,
  MENTION_MARK,
  NAME_TAG,
  NUMBER_MARK,
  tagged,
  tagMark,
  type WordClass,
} from './pattern';

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

/** The one-word entries of every tagged class, with the class's tag, in the order they were made. */
const TAGGED: { tag: string; words: Set<string> }[] = [];
/** word -> the tag characters of every class it belongs to (see pattern.ts TAG_RANGE), filled as words are seen. */
const TAGS_OF = new Map<string, string>();
/** Enough for the distinct words of many posts; the map is emptied when it fills. */
const MAX_REMEMBERED = 20_000;
/** Private-use characters, after NAME_TAG (U+E000). */
const TAG_CHARS = Array.from({ length: 64 }, (_, i) => String.fromCharCode(0xe001 + i));
let nextTag = 0;

/** The class tags of a canonical word ('' when it is in no class). */
export function tagsOf(word: string): string {
  let tags = TAGS_OF.get(word);
  if (tags === undefined) {
    // Looked up on first sight rather than filled in for every listed word when the module loads:
    // loading is on the critical path of the first check, and a post holds a few dozen distinct words.
    tags = '';
    for (const { tag, words } of TAGGED) if (words.has(word)) tags += tag;
    if (TAGS_OF.size >= MAX_REMEMBERED) TAGS_OF.clear();
    TAGS_OF.set(word, tags);
  }
  return tags;
}

/**
 * A class of words. One-word entries are tagged on the tokens themselves, so the class matches "a
 * token carrying this tag"; entries of several words stay a (short) list of literals.
 */
function words(list: Iterable<string>, extra: { source: string; firsts: string[] }[] = []): WordClass {
  const tag = TAG_CHARS[nextTag++];
  if (!tag) throw new Error('Too many word classes for the tag alphabet');
  const single = new Set<string>();
  const multi: string[] = [];
  for (const w of list) {
    if (w.includes(' ')) multi.push(w);
    else single.add(w);
  }
  TAGGED.push({ tag, words: single });
  multi.sort((a, b) => b.length - a.length);
  const sources = [tagged(tag), ...multi.map(literal), ...extra.map((e) => e.source)];
  return {
    source: sources.join('|'),
    firsts: new Set([tagMark(tag), ...multi.map(keyWord), ...extra.flatMap((e) => e.firsts)]),
  };
}

/** A class matched by shape, anchored on the chunk's shape markers. */
function shaped(source: string, firsts: string[]): WordClass {
  return { source, firsts: new Set(firsts) };
}

const NAME_CLASS = shaped(tagged(NAME_TAG), [tagMark(NAME_TAG)]);
const MENTION_CLASS = shaped(`@[^ ]+`, [MENTION_MARK]);

const PRONOUNS = ['he', 'she', 'him', 'her', 'they', 'them'];
const YOU = ['you', 'ur', 'yall', 'ya', 'your'];
const ADVERBS = `so too really just such very fucking freaking completely totally literally actually honestly seriously
being always still kinda pretty super that this damn bloody truly most absolutely utterly plain straight all`.split(
  /\s+/,
);
const MODIFIERS =
  `a an such so just really the one total complete absolute real little big biggest typical fucking freaking
damn bloody straight pure utter lying old fat sorry stupid dumb all bunch pack buncha ass`.split(/\s+/);

export const CLASSES: Classes = {
  /** Someone a remark can be aimed at: you, a pronoun, a person word, a name or a @mention. */
  target: words(
    ['you', 'ur', 'yall', 'ya', ...PRONOUNS, ...PERSON_NOUNS],
    [
      { source: NAME_CLASS.source, firsts: [...(NAME_CLASS.firsts as Set<string>)] },
      { source: MENTION_CLASS.source, firsts: [MENTION_MARK] },
    ],
  ),
  obscene: words(OBSCENE),
  slur: words(SLURS),
  insult: words([...INSULT_NOUNS, ...STRONG_INSULTS].filter((w) => !PRAISE_TOO.has(w))),
  strongInsult: words(STRONG_INSULTS),
  insultPred: words(
    [...INSULT_NOUNS, ...STRONG_INSULTS, ...INSULT_PREDICATES, ...OBSCENE].filter((w) => !PRAISE_TOO.has(w)),
  ),
  insultAdj: words(INSULT_ADJECTIVES),
  strongAdj: words([...INSULT_ADJECTIVES].filter((w) => !WEAK_INSULT_ADJECTIVES.has(w))),
  adv: words([...ADVERBS, 'the most', 'straight up']),
  mod: words([...MODIFIERS, 'nothing but', 'bunch of', 'pack of', ...INSULT_ADJECTIVES]),
  person: words(PERSON_NOUNS),
  group: words(GROUPS),
  groups: words(GROUP_COLLECTIVES),
  dehumanizing: words(DEHUMANIZING),
  groupNegative: words(GROUP_NEGATIVE),
  /** What a demeaning generalisation calls a group: insults, slurs and the words below, as one class. */
  groupInsult: words([
    ...INSULT_NOUNS,
    ...STRONG_INSULTS,
    ...INSULT_ADJECTIVES,
    ...INSULT_PREDICATES,
    ...OBSCENE,
    ...SLURS,
    ...`unteachable confused attention-seekers burdens freeloaders leeches illegals invaders criminals terrorists
    rapists thieves animals savages inferior subhuman attention-seeking worse filler hypocrites liars parasites lice
    dirty evil violent dangerous lazy stupid dumb ignorant disgusting hell poison trash garbage scum vermin sick
    perverts groomers pedophiles unnatural`.split(/\s+/),
    'attention seekers',
    'a burden',
    'welfare cases',
    'attention seeking',
    'a problem',
    'the problem',
    'the reason',
    'the worst',
    'a cancer',
    'a disease',
    'a plague',
    'a virus',
    'a mental illness',
    'mentally ill',
    'not human',
    'not people',
  ]),
  violence: words(VIOLENCE_VERBS),
  severeViolence: words([...VIOLENCE_VERBS].filter((w) => !GAME_VIOLENCE.has(w))),
  weapon: words(WEAPONS),
  title: words(TITLES),
  you: words(YOU),
  pronoun: words(PRONOUNS),
  mention: MENTION_CLASS,
  name: NAME_CLASS,
  num: shaped('[0-9][^ ]*', [NUMBER_MARK]),
  ordinal: shaped('[0-9]+(?:st|nd|rd|th)', [NUMBER_MARK]),
};
