/**
 * Policy: "Do not post or use language that could be considered to be derogatory ... bullying ..."
 * (all.derogatory). Insults aimed at a person or a group of people: name-calling ("you're a joke",
 * "that kid is a punk"), demeaning descriptions ("spoiled brat", "dumb as a box of rocks"). An insult
 * aimed at oneself ("what an idiot I am") or at a thing ("this copier is useless") is not flagged.
 */
import type { Chunk } from '../analysis';
import { STRONG_INSULTS } from '../lexicon/abuse';
import { PERSON_NOUNS } from '../lexicon/people';

const SELF_WORDS = new Set(['i', 'me', 'myself', 'we', 'us', 'ourselves']);

import { compile, matchTokens, span } from '../pattern';
import { compileSpecs, patternHits } from '../patterns';
import type { Hit, PatternSpec, Rule, Scanner } from '../rule';
import { scannerRule } from '../rule';
import { CLASSES } from '../vocab';

const said = (quote: string) =>
  `"${quote}" insults a person. Name-calling and demeaning descriptions of students, parents, colleagues or anyone else are not allowed.`;
const fix = { label: 'Remove the insult', replacement: '' };

const SPECS: PatternSpec[] = [
  // Second person: "you're a joke", "ur a creepy cracker", "you toothless hag", "you are so stupid".
  { pattern: '{you} (are|r|be|is)? {mod}*4? !{insultPred}', message: said, fix },
  { pattern: '{you} (are|r) {adv}*2? !{strongAdj}', message: said, fix },
  // Third person or named: "he's trash", "that kid is a punk", "the new hire ... is dumb".
  { pattern: '({target}) (is|are|was|were|be|r) (not|just|still)? {mod}*4? !{insultPred}', message: said, fix },
  { pattern: '({target}) *3? (is|are|was|were) {adv}*2? !{strongAdj}', message: said, fix },
  {
    pattern: '({person}) *2 (is|are|was|were) (a|an|such a|the)? (total|complete|absolute|utter)? !({insultPred})',
    message: said,
    fix,
  },
  // The insult as the subject: "The liars behind the No campaign", "the idiots at the county office".
  {
    // Name-calling only: "the bullies at recess" or "the thieves who broke in" describe, they do not insult.
    pattern:
      '<s> the !(liars|idiots|morons|clowns|fools|hypocrites|losers|crooks|imbeciles|frauds|clowns|dummies|dimwits|nitwits|buffoons|snowflakes|sheeple) (behind|running|at|on|from|in charge|who)',
    message: said,
    fix,
  },
  { pattern: '!((please|ok|okay|sure|yes|oh|listen|sorry) ,? karen ,)', message: said, fix },
  { pattern: '!((noodle|twig|toothpick|spaghetti) (arms|legs))', message: said, fix },
  // Demeaning description of a person: "spoiled brat", "fat lunch lady", "entitled little sh1ts".
  { pattern: '!({strongAdj} {insultAdj}?) (little|old|ass)? ({person}|{insult})', message: said, fix },
  { pattern: '!({insultAdj} {insultAdj}? (little|old|ass)? {strongInsult})', message: said, fix },
  // Comparisons and set phrases.
  {
    pattern:
      '!((dumb|stupid|dense|thick|useless) as (a|an)? (box of rocks|rocks|a rock|bricks|a brick|dirt|a post|a doorknob|hell))',
    message: said,
    fix,
  },
  { pattern: '!((two|2|three|3|one|1) brain cells)', message: said, fix },
  {
    pattern: '!((without|not) (a|one|even one)? (single)? (working|functioning|functional)? (brain cell|brain cells))',
    message: said,
    fix,
  },
  { pattern: '!(so (fat|obese|ugly)) (that)? (she|he|they|u|you)', message: said, fix },
  { pattern: '!(cry (harder|me a river))', message: said, fix },
  // A fragment aimed at someone just named: "the sub? waste of oxygen."
  {
    pattern:
      '<s> (such a|what a|a|total|complete|absolute|utter|just)? !(waste of (space|oxygen|air|skin|a human|a person|a paycheck|a salary))',
    message: said,
    fix,
  },
  { pattern: '!(had a brain (cell)?) *4 (dangerous)', message: said, fix },
  {
    pattern: '!((mouth-breathing|mouth breathing|mouth-breather|mouth-breathers|mouth breathers))',
    message: said,
    fix,
  },
  {
    pattern: "({target}) (is|'s|are) the (head|lead|chief|biggest) !(monkey|monkeys|clown|clowns|baboon|animal)",
    message: said,
    fix,
  },
  {
    pattern: '!(looks like (a|an) *3 (that|who) (lost a fight|got hit|got run over|was run over|ran into|fell off))',
    message: said,
    fix,
  },
  // Body-shaming: "how does she even fit in the desk".
  {
    pattern: '!((how does|how do|how can|how did) (she|he|they|u|you) (even)? fit (in|into|through|behind))',
    message: said,
    fix,
  },
  {
    pattern:
      '!((raising|raised|raise) (a|an) (bigot|freak|monster|criminal|thug|brat|racist|snowflake|future criminal))',
    message: said,
    fix,
  },
  { pattern: '!(hysterical (housewives|women|moms|mothers|ladies|females|wives))', message: said, fix },
  {
    pattern: '!((dumbest|stupidest|worst|ugliest|laziest) {person} (alive|ever|on earth|in the world))',
    message: said,
    fix,
  },
  { pattern: '!(laziest|dumbest|stupidest) (bunch|group|class|crew)', message: said, fix },
  { pattern: '!((iq|brains) of a (rock|toddler|potato|goldfish|houseplant))', message: said, fix },
  { pattern: '(like|as) a toddler (sounding|trying) *3', message: said, fix },
  {
    pattern:
      '({target}|/[a-z]+s/) (smell|smells|smelled|look|looks|looked|dress|dresses|dressed|act|acts|acted|talk|talks) !(like (a|an)? (dumpster|garbage|trash|hooker|hookers|slut|sluts|whore|whores|pig|pigs|clown|clowns|hobo|homeless person|crackhead|crackheads|prostitute|prostitutes|{insult}))',
    message: said,
    fix,
  },
  { pattern: '(how|why) (are|is|can) *3 (so|this|that|such) !{strongAdj}', message: said, fix },
  {
    pattern: '({person}|{name}) (at|in|from|of|on) *3? (are|is|were|was) {mod}*3? !({insultPred}|the worst)',
    message: said,
    fix,
  },
  {
    pattern:
      '!((teaching|teach|work|working|live|living) in the ghetto|ghetto (kids|people|parents|families|school|trash))',
    message: said,
    fix,
  },
  // Vocative at the end of a sentence: ", loser." "kys loser", "nobody asked, Karen".
  { pattern: '!({strongInsult}|karen|genius|sweetie|buddy|pal) (.|$)', message: said, fix, kind: 'vocative' },
  { pattern: '{insult} of a {person}', message: said, fix },
  // Intensified name-calling needs no target word: "absolute clowns", "what a loser", "bunch of idiots".
  {
    pattern:
      '(absolute|total|complete|utter|such|what a|what an|bunch of|pack of|buncha|you little|little) {insultAdj}? !{insult}',
    message: said,
    fix,
  },
  {
    pattern:
      '!((dumber|stupider|uglier|fatter|slower|lazier|thicker|denser) than (dirt|a rock|rocks|a box of rocks|a bag of hammers|a post|a brick|bricks|a doorknob))',
    message: said,
    fix,
  },
  { pattern: '!(blind as a bat)', message: said, fix },
  { pattern: '!((less|more) of an? {insult})', message: said, fix },
];

const compiled = compileSpecs(SPECS);
const STRONG_MULTIWORD = compile('!{strongInsult}', CLASSES);

const OTHERS = new Set(['you', 'ur', 'yall', 'he', 'she', 'they', 'him', 'her', 'them', 'his', 'their']);

/** "I'm such an idiot", "I felt like an idiot", "my dumb self": aimed at the writer, not at anyone else. */
function selfDirected(chunk: Chunk, hit: Hit): boolean {
  const index = chunk.tokens.findIndex((t) => t.start >= hit.start);
  const before = chunk.tokens.slice(Math.max(0, index - 6), index);
  const self = before.findLastIndex((t) => SELF_WORDS.has(t.w));
  if (self < 0) return false;
  return !before.slice(self + 1).some((t) => OTHERS.has(t.w) || t.name || PERSON_NOUNS.has(t.w));
}

/** Vocatives other than strong insults need a person-directed sentence to count. */
function vocativeOk(chunk: Chunk, hit: Hit): boolean {
  const word = chunk.text.slice(hit.start, hit.end).toLowerCase();
  if (STRONG_INSULTS.has(word)) return true;
  if (word === 'karen') return /nobody asked|no one asked|calm down|ok karen|okay karen/i.test(chunk.text);
  // "genius", "sweetie" as sarcasm after an instruction to the reader: "learn to read the emails, genius."
  return /\b(learn to|try|maybe|read|ok|okay|sure|thanks)\b/i.test(chunk.text);
}

/** Affection turns teasing into a compliment: "You weirdo, I love you. Happy birthday". */
const AFFECTION =
  /\b(love (you|ya|u|her|him|them)|happy birthday|proud of|miss (you|ya)|best friend|bestie|so proud|you rock|legend)\b|❤|💕|💖|😘|🥰/i;

export const insultScanner: Scanner = {
  id: 'insult',
  scan(chunk) {
    if (AFFECTION.test(chunk.text) && !/\b(not|never)\b/i.test(chunk.text)) {
      return [];
    }
    const hits = patternHits(chunk, compiled).filter((hit) =>
      hit.kind === 'vocative' ? vocativeOk(chunk, hit) : !selfDirected(chunk, hit),
    );
    // Strong insults of several words anywhere ("white trash", "demon spawn").
    for (const m of matchTokens(chunk, STRONG_MULTIWORD)) {
      if (m.to - m.from < 2) continue;
      const [start, end] = span(chunk, m.from, m.to);
      const hit: Hit = { start, end, message: said(chunk.text.slice(start, end)), fix };
      if (!selfDirected(chunk, hit)) hits.push(hit);
    }
    // Strong insults anywhere ("bible-thumping morons", "the hellspawn in 3rd period").
    chunk.tokens.forEach((token, i) => {
      if (!STRONG_INSULTS.has(token.w)) return;
      const hit: Hit = {
        start: token.start,
        end: token.end,
        message: said(chunk.text.slice(token.start, token.end)),
        fix,
      };
      const previous = chunk.tokens[i - 1]?.w;
      const next = chunk.tokens[i + 1]?.w ?? '';
      if (previous === 'not' || previous === 'no' || selfDirected(chunk, hit)) return;
      // "Loser wears the other school's colors": the loser of a game, not a person called names.
      if (
        /^(losers?|winners?)$/.test(token.w) &&
        /^(wears|wear|buys|buy|has|have|gets|get|pays|pay|does|do|must|owes|owe)$/.test(next)
      )
        return;
      hits.push(hit);
    });
    return hits;
  },
};

export const insult: Rule = scannerRule('insult', 'derogatory', insultScanner);
