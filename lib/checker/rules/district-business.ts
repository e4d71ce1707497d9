/**
 * Policy: "... create an organization page for the attendance center, class, or program. Do not use a
 * personal account for District-related purposes." (educational.organization-page). On personal
 * accounts: announcing official class, school, team or program business as if the personal account
 * were the channel for it (cancellations and schedule changes, closures, rosters, forms and fees due,
 * official notices), or moving school communication there ("message me here instead of my district
 * email"). Sharing the District's own post, talking about one's work or feelings, and personal news
 * are fine. Each cue adds evidence; a post is flagged when the evidence is strong enough.
 */
import type { Chunk } from '../analysis';
import { compileSpecs, patternHits } from '../patterns';
import type { Hit, PatternSpec, Rule, Scanner } from '../rule';

const said = () =>
  'This announces official school or program business from a personal account. Official announcements belong on the approved school, class or program page; share that post instead.';

/** Pattern cues with their weights (kind = weight). */
const SPECS: PatternSpec[] = [
  // Official voice.
  {
    pattern:
      '!(<s> (official|attention|announcement|important)|#official|official (reminder|schedule change|update|notice|announcement) (from|,|for))',
    message: said,
    kind: '2',
  },
  {
    pattern: '!(officially)',
    message: said,
    kind: '1',
  },
  { pattern: '!(this is (principal|coach|superintendent|dr|mr|mrs|ms|your) *2)', message: said, kind: '2' },
  {
    pattern:
      '!(/-/ {name}? (.|,)? *2? (district office|front office|principal|athletic director|counseling office|transportation))',
    message: said,
    kind: '2',
  },
  // Changes to school business.
  {
    pattern:
      '!((practice|practices|game|games|match|meet|rehearsal|tournament|dance|homecoming|field trip|school|schools|classes|class|bus|buses|pickup|dismissal|exam|test|quiz|conference|conferences|retake day|picture day|tryouts|auditions|registration|concert|menu|pizza day|lunch) *3? (is|are|has been|have been|will be|now)? (canceled|cancelled|postponed|moved|rescheduled|delayed|closed|changed|running late|running|on a delay|on a 2-hour delay|moves|starts|begins))',
    message: said,
    kind: '2',
  },
  {
    pattern:
      '!((canceled|cancelled|postponed|moved|rescheduled|delayed|closed) *2? (today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this week))',
    message: said,
    kind: '1',
  },
  {
    pattern:
      '!((early release|late start|no school|2-hour delay|two-hour delay|snow day|regular schedule|will not close|will be closed|is closed|are closed))',
    message: said,
    kind: '1',
  },
  {
    pattern:
      '!((roster|rosters|cast list|results|schedule|menu|study guide|assignment|homework) (is|are) (posted|up|out|in the comments|below))',
    message: said,
    kind: '2',
  },
  {
    pattern:
      '!((forms|form|money|fees|fee|payment|uniforms|permission slips|slips|packets|packet|cash|checks|dues) *4? (are|is)? (due|must be turned in|must be returned|turned in))',
    message: said,
    kind: '2',
  },
  { pattern: '!((bill|charge|fine) your (family|parents|account))', message: said, kind: '2' },
  { pattern: '!((balances|balance) (below|under|of) *3)', message: said, kind: '2' },
  { pattern: '!((sign-up|signup|sign up) (sheet|form|link)|sign up (by|before|at|in))', message: said, kind: '1' },
  // Audience: parents, families, students, the team.
  {
    pattern:
      '!(<s> (parents|families|students|seniors|juniors|freshmen|sophomores|athletes|players|team|band kids|choir kids|theater kids|cast|class|everyone|all|hawks families|/[a-z]+/ families|/[a-z]+/ parents|to my *3 students|to my students|parents of my *2|attention *2) (,|.))',
    message: said,
    kind: '1',
  },
  {
    pattern: '!((share|spread) (this|the word|with) *4? (families|parents|kids|anyone who|everyone who))',
    message: said,
    kind: '1',
  },
  { pattern: '!(spread the word)', message: said, kind: '1' },
  {
    pattern:
      "!((be there|do not be late|dont be late|don't be late|no exceptions|see you there|bring your|wear your|must be|must have|need to bring|remember to bring|pack a))",
    message: said,
    kind: '1',
  },
  // Moving school communication to the personal account.
  {
    pattern:
      '!((message|dm|text|contact|reach|inbox) me here (instead|rather)|instead of (my|the) (district|school|work) (email|e-mail|account))',
    message: said,
    kind: '3',
  },
  {
    pattern: '!((happy to talk|ask me about|dm me about|message me about) (grades|missing work|your child|your kid))',
    message: said,
    kind: '2',
  },
  // Staff running routes, menus, policy.
  { pattern: '!((bus|route) {num} (is|will be)? (running|late|delayed|canceled|cancelled))', message: said, kind: '3' },
  {
    pattern: '!((new|the) *2? (policy|rule|rules|dress code|schedule) (starts|begins|takes effect|goes into effect))',
    message: said,
    kind: '2',
  },
  { pattern: '!(detention list|roster for|cut list)', message: said, kind: '3' },
  {
    pattern: '!((post|posting|share|sharing) *3 (updates|announcements|reminders|homework|assignments) (right)? here)',
    message: said,
    kind: '3',
  },
  {
    pattern: '!((menu change|lunch change|schedule change|room change|bus change|time change|location change))',
    message: said,
    kind: '2',
  },
  {
    pattern:
      '!((auditions|tryouts|practice|practices|rehearsal|rehearsals|registration|retake day|picture day|field trip|open house|parent night|conferences|orientation|first practice|callbacks) *3? (is|are|will be|starts|start|begins|begin)? (on)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri|sat|tomorrow|tonight|today|next week|this week|all week|/[0-9]{1,2}(:[0-9]{2})?/|/[a-z]+/[a-z]+/|oct|nov|dec|jan|feb|mar|apr|may|jun|aug|sept|sep))',
    message: said,
    kind: '2',
  },
  {
    pattern:
      '!((reminder|reminders|heads up|update|announcement|notice) (for|to) *3? (families|parents|students|seniors|athletes))',
    message: said,
    kind: '2',
  },
  { pattern: '!((for|to|attention|calling all) (all)? /[a-z]+/? (families|parents)) (,|.)', message: said, kind: '1' },
  { pattern: '!(send *4 (back|in) with (your)? (kiddo|child|student|kid|son|daughter))', message: said, kind: '2' },
  // School money collected on a personal payment account.
  {
    pattern:
      '!((payments|payment|donations|money|fees|dues|deposits) (can|may|should|will)? (also)? (go|be sent|be made|be paid) (to|via|through|on) my (venmo|cashapp|cash app|paypal|zelle))',
    message: said,
    kind: '3',
  },
  // School events with a place or a time, and what families must do for them.
  {
    pattern:
      '!((round-up|roundup|promotion|promotion ceremony|graduation|commencement|physicals|call time|tech week|book fair|spaghetti dinner|fundraiser|bake sale|car wash|field day|awards night|signing day) *6? (/[0-9]{1,2}(:[0-9]{2})?/|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|this|next|january|february|march|april|may|june|july|august|september|october|november|december))',
    message: said,
    kind: '2',
  },
  {
    pattern: '!((two|2|one|1|three|3|four|4) (guests|tickets|seats) per (student|family|graduate|athlete))',
    message: said,
    kind: '1',
  },
  {
    pattern: '!(tell (every|all|any) (athlete|athletes|student|students|parent|parents|family|families) *3?)',
    message: said,
    kind: '1',
  },
  {
    pattern:
      '!((supply list|supply lists|syllabus|class schedule|roster|calendar|permission slip) *8? (is|are) (in|on) my (highlights|bio|page|story|profile))',
    message: said,
    kind: '2',
  },
  { pattern: '!((send|bring) everything)', message: said, kind: '1' },
  { pattern: '!((fines|fees|late fees) (are|will be|is) (waived|forgiven|due))', message: said, kind: '2' },
  { pattern: '!(emergency (contacts|contact forms|contact cards|cards))', message: said, kind: '2' },
  {
    pattern: '!((parents|families) (pls|please|plz) *3? (check|double check|fill out|turn in|return|sign|send|update))',
    message: said,
    kind: '2',
  },
  { pattern: '!((all|every) (schools|students|classes) (are|will|on|get|gets|must))', message: said, kind: '1' },
  {
    pattern: '!((congrats|congratulations) to (everyone|all) who made (it|the team|the cut))',
    message: said,
    kind: '1',
  },
];

/** The District's own post shared or retweeted, or news the writer received, not announced. */
const SHARED =
  /^(rt\b|qt\b|quote tweet|sharing from|shared from|via @|reposting|repost from)|\b(just got the (district )?(robocall|call|text|email)|got the call)\b/i;
/** Signed as a school office at the end: "—Chef Rob, Hillview HS", "—Ms. K, Birchview library". */
const SIGNED_AS_SCHOOL =
  /[—–-]\s*\p{Lu}[\p{L}.']*(?:\s+\p{Lu}[\p{L}.']*)?,\s*(?:\p{Lu}[\p{L}']*\s+)+(?:HS|MS|ES|[Hh]igh [Ss]chool|[Mm]iddle [Ss]chool|[Ee]lementary(?: [Ss]chool)?|[Ll]ibrary|[Cc]afeteria|[Ff]ront [Oo]ffice)\s*[.!]?\s*$/u;
/** Personal life, feelings and teaching talk. */
const PERSONAL =
  /\b(my own (kid|son|daughter|child)|can't wait|cannot wait|i love|proud of (my|our)|so proud|my heart|i'm so|i am so|jitters|tip:|lesson learned)\b/i;

const compiled = compileSpecs(SPECS);
const scanner: Scanner = { id: 'district-business', scan: (chunk: Chunk) => patternHits(chunk, compiled) };

export const districtBusiness: Rule = {
  id: 'district-business',
  category: 'personal-district-use',
  applies: (context) => context.account === 'personal',
  run(doc) {
    if (SHARED.test(doc.text.trim())) return [];
    const hits = doc.scan(scanner);
    let score = hits.reduce((sum, hit) => sum + Number(hit.kind ?? 1), 0);
    if (doc.has(PERSONAL)) score -= 2;
    if (hits.length > 0 && SIGNED_AS_SCHOOL.test(doc.text)) score += 2;
    if (score < 3) return [];
    // Report the strongest cue; the whole post is the announcement, so that one span is enough.
    const best = hits.reduce((a, b) => (Number(b.kind) > Number(a.kind) ? b : a)) as Hit;
    return [{ start: best.start, end: best.end, message: best.message }];
  },
};
