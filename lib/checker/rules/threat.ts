/**
 * Policy: "Do not post or use language that could be considered to be ... threatening ... or that
 * constitutes an incitement to violence." (all.derogatory). Threats by the writer ("I'll put you in the
 * ground"), calls for violence ("somebody needs to smack ...", "kill all ..."), wishing harm, veiled
 * threats ("would be a shame if something happened to it") and telling someone to kill themselves.
 * Violence words about things or games ("strangle the copier", "our defense killed it", "shoot me an
 * email") are not threats: a threat needs a person as its target. A student's threat that the writer
 * reports is a mandatory-report matter, not the writer's own threat.
 */
import { compileSpecs, patternHits } from '../patterns';
import type { PatternSpec, Rule } from '../rule';
import { scannerRule } from '../rule';

import { fix, incitement, MORE_THREATS, threat } from './threat-phrases';

const WHO = '(i|we|someone|somebody|you|yall|people)';
const MODAL =
  '(will|would|could|should|shall|might|must|can|need to|needs to|have to|has to|going to|want to|about to|got to|ought to|am going to|are going to|is going to|am about to|wanna|gotta)';

const SPECS: PatternSpec[] = [
  {
    pattern: `${WHO} ${MODAL} (personally|just|literally|really|gladly|totally|so|start|going to)*2? !{violence} (up|down|out)? ({target}|the next {person}|every {person}|all of (you|them)|some {person})`,
    message: threat,
    fix,
    notAfter:
      /^\s*(?:an?|the|that|those)?\s*(?:quick\s+)?(?:e-?mail|text|message|note|dm|pm|line|reminder|invite|link|call|look|glance|hoops?|photos?|pics?|video)/i,
  },
  {
    pattern: `(someone|somebody|anyone|anybody) (needs to|should|has to|gotta|got to|ought to|better) !{violence} ({target}|that|this)`,
    message: incitement,
    fix,
  },
  {
    pattern: '<s> !{severeViolence} (all|every|those|these|them|em) *2? ({group}|{slur}|{insult}|{person}|all|them)',
    message: incitement,
    fix,
  },
  { pattern: '<s> !{severeViolence} (them|em) all', message: incitement, fix },
  {
    pattern:
      '(deserve|deserves|deserved) to (get|be) !(beat up|beaten up|beaten|punched|slapped|smacked|jumped|hit|hurt|bullied|shot|stabbed)',
    message: incitement,
    fix,
  },
  { pattern: '!((break|breaking|bust|busting) (some|his|her|your|their|every|a few) bones)', message: threat, fix },
  {
    pattern:
      '(thank|visit|see|find|meet|talk to) *6 !(at (their|his|her|your) (homes|home|house|houses)) (🙂|😉|😈|👀)',
    message: threat,
    fix,
  },
  { pattern: '<s> !(at (their|his|her|your) (homes|home|house|houses)) (.|🙂|😉|$)', message: threat, fix },
  {
    pattern: '!((push|shove|throw|kick) (the|those|these|that|him|her|them|you|my|every|all) *2? down the stairs)',
    message: threat,
    fix,
  },
  {
    pattern:
      '({person}|{target}) *6? (will|gonna|going to|are going to|is going to) (be|get) !(dragged|slapped|smacked|beaten|whipped|paddled|spanked|punched)',
    message: threat,
    fix,
  },
  {
    pattern:
      '({group}|{slur}|{insult}|they|them|these people|those people|{person}) (all)? (should|need to|needs to|ought to|must|deserve to|gotta|have to) (all|just|be)? !(die|rot|burn|hang|be deported|be shot|be killed|be hanged|be hung|be gassed|be exterminated|be lynched|drop dead|be locked up|be castrated|be wiped out|be eliminated|be run out of town|be beaten|retire and die|die already)',
    message: incitement,
    fix,
  },
  {
    pattern: '!(run|chase|kick) (them|these {insult}|those {insult}|{target}) out of (town|here|the country)',
    message: incitement,
    fix,
  },
  {
    pattern:
      '({group}|{slur}|{insult}|{person}) *6? (should|need to|needs to|ought to|deserve to) (just)? !(die|drop dead|rot|be shot|be killed|retire and die|die already|be put down)',
    message: incitement,
    fix,
  },
  {
    pattern:
      '!((throw|throwing|toss|tossing|chuck|chucking) (him|her|them|you|that kid|this kid) out (the|a|of the) (window|building))',
    message: threat,
    fix,
  },
  {
    pattern:
      '(hope|wish|pray) *3? !(pepper spray|pepper sprays|pepper-spray|tase|tases|taser|shoot|shoots|beat|beats|hurt|hurts|kill|kills|run over|runs over|punch|punches|arrest|arrests) (every one of you|all of you|you|them|him|her|every one of them)',
    message: threat,
    fix,
  },
  {
    pattern:
      '(hope|wish|pray) ({target}) *2? !(choke|chokes|chokes on|die|dies|rot|rots|burn|burns|drop dead|drops dead|gets hit|get hit|gets run over|get run over|get cancer|gets cancer|suffer|suffers|gets fired|get fired|step on a lego)',
    message: threat,
    fix,
  },
  // Veiled threats.
  { pattern: '!((real|such a)? shame if something (happened|happens|were to happen))', message: threat, fix },
  {
    pattern: '!(watch your back|watch yourself|i know where (you|he|she|they) (live|lives|park|parks))',
    message: threat,
    fix,
  },
  { pattern: '!((put|putting) (you|him|her|them) in the (ground|hospital|dirt))', message: threat, fix },
  {
    pattern: '!((make sure|see to it) (you|he|she|they) (never|do not|can not) (walk|talk|see|come back))',
    message: threat,
    fix,
  },
  { pattern: '!((shut|close) (it|that|them) for (you|ya|yall))', message: threat, fix },
  { pattern: '!((catch|catching) these hands|(meet|see) (me|you) (outside|in the parking lot))', message: threat, fix },
  {
    pattern:
      '!((bring|bringing|carry|carrying|packing) (a|my|the)? {weapon}) (to|into) *2? (conference|conferences|school|class|work|meeting|meetings|practice|the game|board meeting|pickup|the office)',
    message: threat,
    fix,
  },
  { pattern: '!(kys|kill yourself|kill yourselves|go die|drop dead|unalive yourself)', message: incitement, fix },
  {
    pattern:
      "!((break|breaking|bust|busting|smash|smashing|punch|punching|rearrange|knock out|knocking out) (his|her|your|their|ur|that kid 's|that man 's|that guy 's) (jaw|face|neck|legs|knees|nose|teeth|arm|arms|skull|head|kneecaps|ribs))",
    message: threat,
    fix,
  },
  {
    pattern:
      "!((make sure|see to it|ensure) (you|he|she|they|him|her) (can not|cant|never|will not|won't|wont|do not|does not) *3)",
    message: threat,
    fix,
  },
  // A dare: "keep talking ... and see what happens" (not "mix them and see what happens").
  {
    pattern:
      '(keep|say that|do that|try that|touch|come near|mess with|talk to|talk about|post about) *9? !((and|or) see what happens)',
    message: threat,
    fix,
  },
  { pattern: '<s> !(see what happens) ((to|at) (you|your|ur)|when (your|ur))', message: threat, fix },
  {
    pattern: '!((better|had better) not (walk|go|show|come|drive|leave) *4)',
    message: threat,
    fix,
    notAfter: /^\s*(?:home\s+)?(?:late|without|until)/i,
  },
  { pattern: '!((better|had better) bring (an escort|backup|a bodyguard|protection))', message: threat, fix },
  {
    pattern: '!(lucky (i am|im|that i am) (a pacifist|not violent|nice|in a good mood|not allowed))',
    message: threat,
    fix,
  },
  { pattern: '!((run|running|mow|mowing) (them|em|him|her|you|those *2) (over|down))', message: incitement, fix },
  { pattern: '!(knock (some)? sense into)', message: incitement, fix },
  {
    pattern:
      '!((slash|slashing|key|keying|egg|egging|smash|smashing) (the|his|her|their|your|ur)? *2? (tires|tyres|car|truck|windows|windshield|house))',
    message: incitement,
    fix,
  },
  {
    pattern: '!((take|taking) (him|her|their qb|their quarterback|their star|them) out for the (season|year|game))',
    message: incitement,
    fix,
  },
  {
    pattern: '!((go after|target|hurt|injure) (their|the|his) (qb|quarterback|star player|knees|ankles))',
    message: incitement,
    fix,
  },
  {
    pattern:
      "!((not|doesn't|does not|won't|will not|don't|do not) (leave|get home|make it home|make it out) *3? in one piece)",
    message: threat,
    fix,
  },
  { pattern: '!((get|getting|going to get|gonna get) (real|really|very)? ugly)', message: threat, fix, kind: 'emoji' },
  { pattern: '!(make (them|him|her|{name}) bleed)', message: incitement, fix },
  {
    pattern: '!((wish|wishing|wished|hope|hoping) *3? (death|slow death|died|dies|would die|were dead|was dead))',
    message: threat,
    fix,
  },
  {
    pattern: '!((hope|hoping|wish) (they|them|you|he|she|all) (all)? (starve|die|rot|burn|drown|get shot|get killed))',
    message: incitement,
    fix,
  },
  { pattern: '!((watch|watching) *4 (burn|burning|burn down|die|suffer))', message: incitement, fix },
  {
    pattern: '!(must (be)? (hanged|hung|killed|shot|executed|exterminated|deported|gassed))',
    message: incitement,
    fix,
  },
  { pattern: '!(<s> (kill|shoot|hang|gas|nuke|exterminate|deport|lynch) (them|em) (.|,))', message: incitement, fix },
  { pattern: '!(time to (nuke|bomb|kill|wipe out|exterminate|deport|gas|hang) *3)', message: incitement, fix },
  {
    pattern: "!((let us|lets|let's) (go)? (beat|kill|hunt|jump|attack|bash|lynch) (these|those|some|them|the) *2)",
    message: incitement,
    fix,
  },
];
/**
 * Weapons as emoji turn a hostile remark into a threat ("see what happens 🔪"). Not crossed swords:
 * they mark friendly battles ("Battle of the Books ⚔️").
 */
const WEAPON_EMOJI = /[\u{1f52a}\u{1f52b}\u{1f5e1}\u{1f4a3}]/u;
const HOSTILE = /\b(you|your|ur|him|her|them|he|she|they|principal|parent|coach|ref|teacher|kid)\b/i;

const compiled = compileSpecs([...SPECS, ...MORE_THREATS]);

/**
 * Someone else's words: inside quotation marks, or after "said", "told me", "overheard ... saying".
 * The writer is reporting a threat (a mandatory-report matter), not making one.
 */
function reported(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const quotes = (before.match(/["“”]/g) ?? []).length + (before.match(/(^|\s)'/g) ?? []).length;
  if (quotes % 2 === 1) return true;
  return /\b(said|says|saying|told (me|him|her|us)|tells|threatened|overheard|heard (him|her|them)|claims?)\b[^.!?]*$/i.test(
    before,
  );
}

export const threatRule: Rule = scannerRule('threat', 'derogatory', {
  id: 'threat',
  scan(chunk) {
    const weapon = WEAPON_EMOJI.test(chunk.text);
    const hits = patternHits(chunk, compiled).filter(
      (h) => (h.kind !== 'emoji' || weapon) && !reported(chunk.text, h.start),
    );
    if (weapon && hits.length === 0 && HOSTILE.test(chunk.text)) {
      const at = chunk.text.search(WEAPON_EMOJI);
      hits.push({ start: at, end: at + 2, message: threat(chunk.text.slice(at, at + 2)), fix });
    }
    return hits;
  },
});
