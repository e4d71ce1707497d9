/**
 * Which tokens are people's names. Tokens are marked in place (token.name); names carry NAME_TAG in
 * the canonical text (analysis.ts), and person signals and disclosures build on them.
 */
import type { Token } from './analysis';
import { isSingleCapital, isTitleWord, startsUpper, startsWithLetter } from './letters';
import { isAmbiguousName, isFirstName, isLastName, isLowercaseName, NOT_NAMES } from './lexicon/names';
import { TITLES } from './lexicon/people';

const CLASS_WORDS =
  /^(class|homeroom|advisory|room|section|caseload|team|\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|period|kinder|kindergarten)$/;
/** Nouns after "the <Surname>" that make it a family: "the Ramirez family", "the Novak twins". */
const HOUSEHOLD = new Set(['family', 'twins', 'triplets', 'kids', 'boys', 'girls', 'brothers', 'sisters', 'children']);

const FAMILY = new Set([
  'mom',
  'dad',
  'mother',
  'father',
  'parents',
  'mama',
  'stepdad',
  'stepmom',
  'grandma',
  'grandpa',
  'brother',
  'sister',
  'family',
  'aunt',
  'uncle',
]);

/** Words that label a letter or number ("Measure C", "Room B", "Prop 9"): the letter is not an initial. */
const LABELS = new Set(
  'measure prop proposition issue question initiative amendment levy bond room grade period class unit chapter route bus section building lot gate door table team group level plan hall wing vitamin plan option exhibit'.split(
    ' ',
  ),
);

/**
 * Mark names: a known first name (capitalized anywhere, or in lower case when it is not an everyday
 * word), a capitalized word after a title ("Mr. Dunn", "Coach Ellis"), a capitalized word or initial
 * beside a name ("Tanner Voss", "Caleb W.").
 */
export function tagNames(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    if (!startsWithLetter(token.raw) || NOT_NAMES.has(token.w)) return;
    const previous = tokens[i - 1];
    if (startsUpper(token.raw) && !token.upper && isFirstName(token.w)) {
      // "Grace" opening a sentence is as likely the word, unless placed like a person: "Faith told me",
      // "Jasmine from the 2019 team", "Will in my 3rd period".
      token.name = !(token.sentenceStart && isAmbiguousName(token.w)) || placedLikePerson(tokens, i);
    } else if (!startsUpper(token.raw) && isLowercaseName(token.w) && !token.disguised) token.name = true;
    else if (startsUpper(token.raw) && previous && TITLES.has(previous.w) && !NOT_NAMES.has(token.w)) token.name = true;
  });
  // A capitalized word placed like a person: "Priya in my 6th period", "Kaden's mom".
  tokens.forEach((token, i) => {
    if (token.name || !isTitleWord(token.raw) || NOT_NAMES.has(token.w) || TITLES.has(token.w)) return;
    const a1 = tokens[i + 1]?.w;
    const a2 = tokens[i + 2]?.w;
    const a3 = tokens[i + 3]?.w;
    const inMyClass =
      (a1 === 'in' || a1 === 'from') && (a2 === 'my' || a2 === 'our') && a3 !== undefined && CLASS_WORDS.test(a3);
    const possessiveFamily = a1 === "'s" && a2 !== undefined && FAMILY.has(a2);
    // "the Ramirez family", "the Novak twins": a surname, whatever the first-name list says.
    const familyName = tokens[i - 1]?.w === 'the' && a1 !== undefined && HOUSEHOLD.has(a1);
    if (inMyClass || possessiveFamily || familyName) token.name = true;
  });
  // A capitalized word followed by an initial is a name: "Zariah W.", "Noah P.".
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (
      next &&
      isSingleCapital(next.raw) &&
      isTitleWord(token.raw) &&
      !NOT_NAMES.has(token.w) &&
      !TITLES.has(token.w) &&
      !LABELS.has(token.w)
    ) {
      token.name = true;
      next.name = true;
    }
  });
  // Surnames and initials next to a first name.
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    if (token.name || !previous?.name || !startsUpper(token.raw) || NOT_NAMES.has(token.w)) return;
    if (token.raw.length === 1 || isLastName(token.w) || token.cap) token.name = true;
  });
}

/** Words after a name that place it like a person's: speech verbs, "from", a vocative comma. */
const PERSON_CONTEXT = new Set(['told', 'said', 'says', 'asked', 'cried', 'texted', 'emailed', 'from', ',']);

/** The words after token i read like a person's (PERSON_CONTEXT, or "in my/our"). */
function placedLikePerson(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.w;
  const after = tokens[i + 2]?.w;
  if (next === undefined) return false;
  return PERSON_CONTEXT.has(next) || (next === 'in' && (after === 'my' || after === 'our'));
}
