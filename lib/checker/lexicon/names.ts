/**
 * Personal names. First and last names come from compromise's lexicon (generated at install time by
 * scripts/gen-lexicon.ts). Written in lower case, a name counts only when it is not also an everyday
 * word ("ed" in "special ed", "mark", "grace").
 */
import generated from '../data/generated/names.json';

const FIRST = new Set<string>(generated.first);
const LAST = new Set<string>(generated.last);
const EVERYDAY = new Set<string>(generated.ambiguous);

const AMBIGUOUS_LOWER = new Set(
  `ed don mark pat rob sue drew chase jack grace harmony amber angel genesis carol nick wade ken heather abel
  adam kelly tyler wes ida ira eve kat lou mae may sal ty val vic kip ola noa ori stu kay dee ike bea cal lex
  liv liz ann ana ava eva mia noel tiffany will hope joy faith rose lily ruby pearl dawn june april august
  summer autumn winter sandy rusty dusty max hunter mason taylor carter cooper parker miles major king prince
  chance sunny sky river storm rocky dean lane bishop price young long brown green white black gray grey hill
  wood guy ray gene van jan bill art jordan christian destiny trinity crystal misty star angel holly ivy iris
  daisy jasmine georgia virginia paris austin dallas houston kim kai jo jon tim tom sam dan jim ben foster
  carter mason hunter taylor page reed wade chase cole grant heath marshall miller baker bishop`.split(/\s+/),
);

export function isFirstName(word: string): boolean {
  return FIRST.has(word);
}

/** A first name that is also an everyday word ("Grace", "Will"): at the start of a sentence it is not a name. */
export function isAmbiguousName(word: string): boolean {
  return AMBIGUOUS_LOWER.has(word) || EVERYDAY.has(word);
}

export function isLastName(word: string): boolean {
  return LAST.has(word);
}

/** A first name written in lower case that is not also an everyday word. */
export function isLowercaseName(word: string): boolean {
  return FIRST.has(word) && !AMBIGUOUS_LOWER.has(word) && !EVERYDAY.has(word);
}

/** Capitalized words that are not names even mid-sentence. */
export const NOT_NAMES = new Set(
  `i monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december english spanish french math science history algebra geometry biology
  chemistry physics ap ib pe gym covid god jesus christmas easter thanksgiving halloween america american
  facebook instagram twitter tiktok google zoom youtube snapchat netflix amazon walmart target kroger costco
  ok okay lol omg yes no please thanks thank happy congrats congratulations good great the a an and or but
  so my our your his her their its this that these those we you he she they it measure prop levy bond
  proposition initiative amendment`.split(/\s+/),
);
