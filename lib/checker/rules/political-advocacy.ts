/**
 * Policy: "Do not post anything on a District affiliated social media account that advocates for or
 * against a political candidate or ballot initiative." (educational.political). On District accounts
 * only: calls to vote yes or no, endorsements, campaign hashtags, campaign events and materials, and
 * attacks on a candidate or measure. Neutral civic information (dates, polling places, what a measure
 * would fund, a forum open to every candidate, a class mock election) is not advocacy. On a personal
 * account this is the employee's protected speech and is never flagged.
 */
import type { Chunk } from '../analysis';
import { compileSpecs, patternHits } from '../patterns';
import type { Doc, PatternSpec, Rule, Scanner } from '../rule';

const said = (quote: string) =>
  `"${quote}" advocates for or against a candidate or ballot measure. District accounts must stay neutral: share facts (dates, polling places, what a measure funds), not a position.`;
const fix = { label: 'Remove the advocacy', replacement: '' };

const MEASURE_WORD =
  '(measure|prop|proposition|levy|bond|initiative|issue|question|amendment|referendum|recall|override)';
const MEASURE =
  '(measure|prop|proposition|levy|bond|initiative|issue|question|amendment|referendum|recall|override|mill levy|operating levy|the levy|the bond|the measure|the recall|/[0-9]+[a-z]?/|/[a-z][0-9]+/)';
const OFFICE =
  '(board|school board|the board|superintendent|super|state superintendent|governor|mayor|council|city council|senate|congress|state house|assembly|trustee|office|re-election|reelection)';

const SPECS: PatternSpec[] = [
  {
    pattern: `!((vote|voting|vote a|check|mark|choose|support) (yes|no) (on|for)? (the)? ${MEASURE}?)`,
    message: said,
    fix,
    kind: 'strong',
  },
  {
    pattern: `!((yes|no) on (the)? ${MEASURE} *2?)`,
    message: said,
    fix,
    kind: 'strong',
    notAfter: /^\s*(?:faq|explained|facts|information|info)\b/i,
  },
  { pattern: `!(${MEASURE_WORD} /[a-z0-9]+/? , (yes|no))`, message: said, fix, kind: 'strong' },
  {
    pattern:
      "!((our|my|the district 's|the district) (endorsement|endorsements|pick|picks|slate|recommendation) (for|is|:) *4)",
    message: said,
    fix,
    kind: 'strong',
  },
  { pattern: '!((everybody|everyone|now|go|get out and|get out|please) (go)? vote)', message: said, fix, kind: 'weak' },
  { pattern: `!((vote|voting) (for|against) (the)? *2? ${MEASURE})`, message: said, fix },
  { pattern: '!((vote|voting) (for|against) {name} *2?)', message: said, fix },
  { pattern: '!((vote|voting) (him|her|them|it) (out|down|in))', message: said, fix },
  {
    pattern:
      '!((please|go|everybody|everyone|make sure you|remember to)? vote (to renew|to pass|to approve|to keep|to support|to save|to stop|to reject) *3)',
    message: said,
    fix,
  },
  { pattern: `!(please vote (for|yes|no) *3?)`, message: said, fix },
  {
    pattern:
      '!((elect|re-elect|reelect|vote for|endorse|endorsing|we endorse|proud to endorse) ({title} {name}|{name} {name}?|{name}))',
    message: said,
    fix,
  },
  {
    pattern: `!((support|supporting|consider|considering|stand with|proud to support|back|backing) ({title} {name}|{name} {name}?|{name}) (for|4) *2? ${OFFICE})`,
    message: said,
    fix,
  },
  { pattern: `!({name} {name}? (for|4) *2? ${OFFICE})`, message: said, fix },
  { pattern: `!(teachers|parents|staff|educators|families|moms|dads) (for|4) {name}`, message: said, fix },
  {
    pattern: '!(/#(vote|voteyes|voteno|yeson[a-z0-9]+|noon[a-z0-9]+|yesfor[a-z0-9]+|nofor[a-z0-9]+)[a-z0-9]*/)',
    message: said,
    fix,
    kind: 'strong',
  },
  { pattern: '!(/#(yes|no)(levy|bond|measure|prop|recall|initiative)[a-z0-9]*/)', message: said, fix, kind: 'strong' },
  {
    pattern:
      '!(/#[a-z]+(for|4)(super|superintendent|board|governor|mayor|senate|congress|council|schools|kids|office)[a-z0-9]*/)',
    message: said,
    fix,
  },
  { pattern: '!(/#(re)?elect[a-z]*/)', message: said, fix },
  { pattern: `!((help|make|let us make|need|needs) (the|this|our)? ${MEASURE} (to)? pass)`, message: said, fix },
  { pattern: `!((we|you|they|kids) need (this|the) ${MEASURE} to pass)`, message: said, fix },
  { pattern: '!(you know what to do)', message: said, fix },
  {
    pattern: '!(remember (that|this) (in|on|at) (november|the polls|the ballot box|election day))',
    message: said,
    fix,
  },
  { pattern: '!(every vote counts)', message: said, fix },
  // A lettered measure: "YES on T!", "No on C."
  { pattern: '!((yes|no) on /[b-hj-z]/) (.|,|and|$)', message: said, fix },
  {
    pattern:
      '!((let us|lets|help us|we can|you can) make (it|this|that|their dreams|these dreams|the dream|this dream) (happen|real|a reality|come true)) *3? (on|this) (nov|november|election day|may|tuesday)',
    message: said,
    fix,
    kind: 'weak',
  },
  { pattern: '!((yard|campaign) (sign|signs|shirts|buttons|stickers))', message: said, fix },
  {
    pattern: `!((campaign|yes|no|bond|levy|measure) (kickoff|rally|committee|phone banking|phonebanking|canvassing|headquarters|volunteers|fundraiser|kick-off))`,
    message: said,
    fix,
  },
  {
    pattern: '!((phone banking|phonebanking|door knocking|canvassing) (for|to pass|to support)? *2?)',
    message: said,
    fix,
  },
  { pattern: "!((rt|retweet|share) if (you are|you're|youre|ur) voting)", message: said, fix },
  { pattern: `!(would (devastate|destroy|gut|cripple|hurt|be a disaster for) *3)`, message: said, fix },
  { pattern: `!(is a disaster for) *3`, message: said, fix },
  { pattern: '!((sign|signing) the petition (against|for|to) *3)', message: said, fix },
  {
    pattern: '!((opposing|against|opponents of) (the)? *2? (are|is) (spreading|lying|misinformation))',
    message: said,
    fix,
  },
  { pattern: '!((spreading|spread) misinformation)', message: said, fix, kind: 'weak' },
  {
    pattern: '!((deserve|deserves) (better|a better) (than|board|superintendent|leader|representative) *3?)',
    message: said,
    fix,
    kind: 'weak',
  },
  {
    pattern: '!((has|have) (he|she|they|{name}) ever (shown up|done anything|cared))',
    message: said,
    fix,
    kind: 'weak',
  },
  {
    pattern: '!((voted|votes) against (teacher|teachers|our|the) *2? {num}? (times)?)',
    message: said,
    fix,
    kind: 'weak',
  },
  { pattern: '!(just saying)', message: said, fix, kind: 'weak' },
  {
    pattern: '!((the )?best thing you can do (for our kids|for our students|for our schools)? *2? is vote)',
    message: said,
    fix,
  },
  { pattern: '!((check|mark) (yes|no))', message: said, fix },
  { pattern: '!(a no vote|a yes vote) (on)? *3 (keeps|means|will|would|is)', message: said, fix },
  {
    pattern: '!((champion|fighter|friend) for our (teachers|kids|students|schools))',
    message: said,
    fix,
    kind: 'weak',
  },
  { pattern: "!((she is|he is|she's|he's) one of us)", message: said, fix, kind: 'weak' },
  { pattern: '!(make it happen for real)', message: said, fix },
  {
    pattern: '!((win|winning|earn|earning) (a|her|his|their)? (second|third|another|new)? term)',
    message: said,
    fix,
    kind: 'weak',
  },
  {
    pattern: '!((get|getting|see|seeing) (them|him|her|{name}) (elected|re-elected|reelected|win))',
    message: said,
    fix,
    kind: 'weak',
  },
  {
    pattern: `!((support|supporting|back|backing|pass|approve|approving|vote for) (the|our|this)? ${MEASURE_WORD} /[a-z0-9-]+/?)`,
    message: said,
    fix,
    kind: 'weak',
  },
  { pattern: '!(make the right choice)', message: said, fix, kind: 'weak' },
  {
    pattern:
      '!((our )?(kids|students|schools) (are counting on you|need that yes|need your yes|need you to vote|need a yes))',
    message: said,
    fix,
  },
  {
    pattern:
      '!((a|every|your) (yes|no) vote (is|really|will)? *2? (critical|counts|matters|essential|needed|important))',
    message: said,
    fix,
  },
  { pattern: '!(vote for the (candidate|candidates) who *3)', message: said, fix },
  { pattern: '!(vote for the (local|right|best|only) (candidate|candidates))', message: said, fix },
  { pattern: '!((the )?only (candidate|one) (with|who) *4)', message: said, fix, kind: 'weak' },
  {
    pattern: "!((can not|can't|cannot|could not|couldn't) afford (him|her|them|another term|four more years))",
    message: said,
    fix,
    kind: 'weak',
  },
  { pattern: '!((re-elect|reelect|elect) (him|her|them))', message: said, fix },
  {
    pattern: '!((urge|encourage|ask|asking|urging) *3 (to)? (vote|re-elect|reelect|elect|support) *3)',
    message: said,
    fix,
    kind: 'weak',
  },
  { pattern: '!((canvass|canvassing|knock doors|knocking doors|doors knocked) *3)', message: said, fix, kind: 'weak' },
  {
    pattern: '!((levy|bond|measure|campaign) (campaign|committee|co-chair|chair|volunteers))',
    message: said,
    fix,
    kind: 'weak',
  },
  { pattern: '!(citizens for *4 (levy|bond|schools|measure|campaign))', message: said, fix, kind: 'weak' },
  {
    pattern: '!(remember *6 (when you (head|go) to the polls|at the polls|in november|when you vote|on election day))',
    message: said,
    fix,
  },
  { pattern: "!((won't|will not|not going to) tell you how to vote ,? but)", message: said, fix },
  { pattern: '!(share (this|this post) if you support)', message: said, fix },
  {
    pattern: '!((endorsed|endorsement|endorsements|recommended) (slate|candidates|candidate|pick|picks))',
    message: said,
    fix,
  },
  {
    pattern: '!((true|real|great|good|best) friend (to|of) our (schools|kids|students|teachers))',
    message: said,
    fix,
    kind: 'weak',
  },
  {
    pattern: '!((stood|stands|standing) up for our (students|kids|teachers|schools))',
    message: said,
    fix,
    kind: 'weak',
  },
  {
    pattern: '!((fought|fights|fighting) for (our|your|a) *3 (funding|schools|kids|students|teachers|fair share))',
    message: said,
    fix,
    kind: 'weak',
  },
  {
    pattern: '!((wants|want|plans|would) to (cut|slash|gut) (teacher|teachers|our|school|the) *3)',
    message: said,
    fix,
    kind: 'weak',
  },
  { pattern: "!((don't|do not) let *4 (decide|buy|take over) *3)", message: said, fix, kind: 'weak' },
  { pattern: "!((if you have not|if you haven't|still time to) voted? *4)", message: said, fix, kind: 'weak' },
  { pattern: '!((flip|turn) your ballot *4)', message: said, fix, kind: 'weak' },
  { pattern: '!((the future|our future|our kids) (is|are) on the ballot)', message: said, fix },
  { pattern: '!((how you can help|ask (her|him|us) how you can help))', message: said, fix, kind: 'weak' },
  { pattern: '!(we hope every *4 (will)? (support|vote))', message: said, fix },
  { pattern: '!((vote|voting|votes) (against|to cut) *4)', message: said, fix, kind: 'weak' },
];

const compiled = compileSpecs(SPECS);
/** Election words that make weak cues ("just saying", "deserve better") count. */
const ELECTION =
  /\b(vote[sd]?|voting|voters?|ballots?|elections?|elect|elected|candidates?|levy|bond|measure|prop(osition)?|initiative|referendum|recall|campaign|incumbent|november|polls?|re-?elect\w*|term|#\w*election\w*|#(?!\w*(?:class|grad|senior|homecoming|prom|season|cohort))\w*20\d\d)\b/i;
/** Neutral civic information and school votes that look like advocacy words. */
const NEUTRAL =
  /\b(facts only|no position|nonpartisan|non-partisan|all (four|three|two|five|\d+) candidates|every candidate|all candidates|candidate forum|mock election|student council|mascot|spirit week|voter registration)\b/i;

const scanner: Scanner = { id: 'political-advocacy', scan: (chunk: Chunk) => patternHits(chunk, compiled) };

/** Words of politics beyond elections: who runs, parties, offices, endorsements. */
const POLITICS =
  /\b(challenger|opponent|running for|endorse\w*|board seat|slate|mayor|governor|senator|congress\w*|legislat\w*|politic\w*|partisan|democrats?|republicans?|gop|maga|four more years)\b|🗳|(?:^|\s)#(?!\w*(?:class|grad|senior|homecoming|prom|season|cohort)\w*20\d\d)\w*(levy|bond|vote|measure|prop|elect|ballot|yeson|noon|20\d\d|4\w+)/i;

/** A post about an election or politics at all (what the wording model may call advocacy). */
export function aboutPolitics(doc: Doc): boolean {
  return (doc.has(ELECTION) || doc.has(POLITICS)) && !doc.has(NEUTRAL);
}

export const politicalAdvocacy: Rule = {
  id: 'political-advocacy',
  category: 'political',
  applies: (context) => context.account === 'district',
  run(doc) {
    // Weak cues ("just saying", "deserve better") count only in a post about an election.
    const election = ELECTION.test(doc.text);
    const hits = doc.scan(scanner).filter((hit) => hit.kind !== 'weak' || election);
    // "Mock election", "vote for our new mascot": school votes, not politics; facts-only posts stay
    // neutral. An explicit call ("vote yes", "Yes on C", a campaign hashtag) is advocacy regardless.
    if (NEUTRAL.test(doc.text) && !hits.some((h) => h.kind === 'strong')) return [];
    return hits;
  },
};
