/**
 * Signals that a post is about an identifiable person: a name or initials ("Caleb W.", "Noah P."), a
 * family name ("the Delgado twins", "the Garcias"), a @mention, a specific class ("the kid in my 2nd
 * period", "Jess in my homeroom", "half my 6th period"), or a title ("the principal", "Coach Ellis").
 * "One of my juniors" or "a 5th grader at my school" does not single anyone out.
 */
import type { Chunk } from '../analysis';
import { isTitleWord } from '../letters';
import { compileSpecs, patternHits } from '../patterns';
import type { Hit, PatternSpec, Scanner } from '../rule';

const m = () => 'identifiable person';

const SPECS: PatternSpec[] = [
  { pattern: '!({name}) (and {name})?', message: m, kind: 'name' },
  { pattern: '!(the {name} (twins|brothers|sisters|kids|family|boys|girls|children))', message: m, kind: 'name' },
  { pattern: '!({mention})', message: m, kind: 'mention' },
  {
    pattern:
      '!((the|that|this|a|one|new|my)? (little|new|sweet)? (kid|kiddo|boy|girl|student|child|one) (in|from) (my|our|the)? ({ordinal}|first|second|third|fourth|fifth|sixth|seventh|eighth) (period|hour|block|grade class|grade))',
    message: m,
    kind: 'class',
  },
  {
    // "the kid with the ankle monitor in 2nd period": described, then placed in one class (the class is
    // the span, so what describes the kid can be the disclosure).
    pattern:
      '(kid|student|boy|girl) (with|who) *4 !(in (my|our)? ({ordinal}|first|second|third|fourth|fifth|sixth|seventh|eighth) (period|hour|block))',
    message: m,
    kind: 'class',
  },
  {
    // Described so that only one fits: "the only redhead in 4th grade", "that quiet kid at the back of the
    // bus on the Hillcrest route", "my new student".
    pattern:
      '!(the only (redhead|boy|girl|kid|student|one|twins|deaf kid|blind kid|black kid|white kid|latino kid|asian kid) (in|at|on) *4)',
    message: m,
    kind: 'class',
  },
  {
    pattern: '!((that|the) (quiet|new|little|tall|shy|small)? (kid|boy|girl|student) (at|on) the *5 (route|bus))',
    message: m,
    kind: 'class',
  },
  { pattern: '!((my|our) new (student|kid|kiddo|boy|girl))', message: m, kind: 'class' },
  {
    pattern: '!((in|from) my (homeroom|advisory|class|room|classroom|caseload|section|team|class period))',
    message: m,
    kind: 'class-weak',
  },
  {
    pattern: '!((half|most|some|all|two|three|four|five) (of)? my ({ordinal}|first|second|third) (period|hour|block))',
    message: m,
    kind: 'class',
  },
  { pattern: '!((my|our) (ta|aide|student aide|teacher aide) {name})', message: m, kind: 'name' },
  { pattern: '!((your|ur) (son|daughter|boy|girl)) ({name})?', message: m, kind: 'addressed' },
  { pattern: '!((your|ur) (kid|child|student) {name})', message: m, kind: 'addressed' },
  {
    pattern:
      "!((his|her|their|the kid 's|the) (older|younger|little|big|baby)? (mom|dad|mother|father|parents|stepdad|stepmom|grandma|grandpa|brother|sister|uncle|aunt))",
    message: m,
    kind: 'family',
  },
  { pattern: '<s> !(mom|dad|mom and dad|the parents)', message: m, kind: 'family' },
  { pattern: "!(class of /'?[0-9]+/)", message: m, kind: 'cohort' },
  {
    pattern:
      '!(the (principal|vice principal|assistant principal|superintendent|ap|athletic director|band director|head coach|school nurse|counselor|librarian|new hire|cfo|business manager))',
    message: m,
    kind: 'title',
  },
  { pattern: '!({title} {name})', message: m, kind: 'name' },
  {
    pattern:
      '!((our|my|the|their|your) (starting|backup|star|senior|junior|freshman)? (qb|quarterback|point guard|goalie|pitcher|shortstop|striker|team captain|kicker|linebacker|running back|wide receiver|center fielder))',
    message: m,
    kind: 'title',
  },
  {
    pattern:
      '!((our|my|the|their|your) (student body president|class president|valedictorian|salutatorian|homecoming queen|homecoming king|prom queen|prom king|drum major|head cheerleader))',
    message: m,
    kind: 'title',
  },
  {
    pattern:
      '!((my|our) (co-teacher|coteacher|teaching partner|para|paraprofessional|department head|team lead|grade-level partner|colleague|coworker|co-worker))',
    message: m,
    kind: 'title',
  },
  {
    pattern:
      '!((the|that) (teacher|coach|sub|substitute|nurse|counselor|custodian|janitor|secretary|librarian|aide|para|bus driver) (who|that))',
    message: m,
    kind: 'title',
  },
];

const compiled = compileSpecs(SPECS);

const FAMILY_NOUNS = new Set([
  'brothers',
  'sisters',
  'twins',
  'family',
  'kids',
  'boys',
  'girls',
  'children',
  'triplets',
]);

/** He/she/his/her: someone specific is being discussed (threads, replies). */
const PRONOUN = new Set(['he', 'she', 'his', 'her', 'him', 'hers']);

export const personScanner: Scanner = {
  id: 'person',
  scan(chunk: Chunk): Hit[] {
    const hits = patternHits(chunk, compiled);
    chunk.tokens.forEach((token, i) => {
      if (PRONOUN.has(token.w)) hits.push({ start: token.start, end: token.end, message: m(), kind: 'pronoun' });
      // "the Garcias", "the Hendersons": a capitalized family name after "the".
      const previous = chunk.tokens[i - 1];
      if (previous?.w === 'the' && isTitleWord(token.raw, 's') && !token.sentenceStart) {
        hits.push({ start: previous.start, end: token.end, message: m(), kind: 'name' });
      }
      // "all three Pratt brothers", "the Owens kids": a capitalized word before a family noun.
      const next = chunk.tokens[i + 1];
      if (isTitleWord(token.raw) && !token.sentenceStart && next && FAMILY_NOUNS.has(next.w)) {
        hits.push({ start: token.start, end: next.end, message: m(), kind: 'name' });
      }
    });
    return hits;
  },
};
