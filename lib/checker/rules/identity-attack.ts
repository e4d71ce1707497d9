/**
 * Policy: "Do not post or use language that could be considered to be ... discriminatory ..."
 * (all.derogatory). Demeaning generalisations about people for their race, ethnicity, national origin,
 * religion, sex, sexuality, gender identity, disability or language ("girls can't do physics", "the ELL
 * kids can learn English or find another country", "muslim families always want special treatment").
 * Teaching about discrimination ("a lesson on the history of the n-word", "hate speech paved the way for
 * genocide") names the subject without attacking anyone and is not flagged.
 */
import type { Chunk } from '../analysis';
import { compile, matchTokens, span } from '../pattern';
import { compileSpecs, patternHits } from '../patterns';
import type { Hit, PatternSpec, Rule } from '../rule';
import { scannerRule } from '../rule';
import { CLASSES } from '../vocab';

const said = (quote: string) =>
  `"${quote}" demeans people as a group (race, religion, origin, sex, sexuality, gender identity, disability or language). Discriminatory remarks are not allowed.`;
const fix = { label: 'Remove the remark', replacement: '' };

const GROUP = '({group} {person}?|{group} {group}|{slur})';
/** What a demeaning generalisation calls a group (one word class, see vocab.ts groupInsult). */
const NEG = '{groupInsult}';

const SPECS: PatternSpec[] = [
  // "<group> are (all) <negative>": "St. Brigid kids are all hypocrites", "Islam is a cancer".
  {
    pattern: `!(${GROUP} (are|is|r|were) (all|just|nothing but|so|such|the|a|an|always|really|basically|literally|pure|born)*3? ${NEG})`,
    message: said,
    fix,
  },
  // Stereotypes with always/never: "muslim families always want special treatment".
  {
    pattern: `!(${GROUP} (always|never|all|constantly) *4? (special treatment|attention|handouts|free stuff|think (they are|theyre) better|think they own|act like they own|lie|lies|steal|steals|cheat|cheats|complain|complaining|whine|whining|loudest|smell|smells|breed|riot|riots|ruin|ruins|take over|taking over|play the victim|play the race card|bring (lice|crime|drugs|disease)))`,
    message: said,
    fix,
  },
  {
    pattern: `!(${GROUP} *3? (brought|bring|brings|carry|carries|spread|spreads) (lice|crime|drugs|disease|diseases|bedbugs))`,
    message: said,
    fix,
  },
  // The "agenda" trope: "pushing their agenda on 8-year-olds".
  {
    pattern:
      '!((pushing|push|pushes|shoving|forcing) (their|the|a|his|her) (gay|trans|woke|lgbt|lgbtq|homosexual|radical|liberal|queer)? agenda)',
    message: said,
    fix,
  },
  // Ability stereotypes: "girls can't do physics".
  {
    pattern: `!(${GROUP} (just|simply|really|literally|honestly)? (can not|could never|will never|are not able to|are incapable of|are too stupid to) (do|learn|drive|teach|lead|understand|handle|read|write|think|be|do math|do physics))`,
    message: said,
    fix,
  },
  // Exclusion: "learn English or find another country", "send them back where they came from".
  { pattern: '!((learn|speak) english or) *3', message: said, fix },
  {
    pattern:
      '!((go|send (them|him|her|em|yourself)) back (to (your|their|his|her) (own)? (country|countries|homeland|land|continent|village|jungle|desert|reservation|africa|mexico|china|india)|where (you|they|he|she) (came|come) from))',
    message: said,
    fix,
  },
  { pattern: '!(find (another|a different|their own|your own) country)', message: said, fix },
  {
    pattern:
      '!(should (have to|be forced to|be made to|be required to) (pass|take) (an|the)? (english|citizenship|language) (test|exam))',
    message: said,
    fix,
  },
  // A whole group judged by "every one I've had": "every single Haitian family refuses to vaccinate".
  {
    pattern: `!(every (single)? ${GROUP} (family|families|kid|kids|student|students|parent|parents|person|one) *6? (refuse|refuses|refused|won't|can not|never|do not|does not|don't|doesn't))`,
    message: said,
    fix,
  },
  { pattern: '!(affirmative action *2? (spit|spat|pushed|coughed) (her|him|them) out)', message: said, fix },
  {
    pattern:
      "!((nobody|no one) (watches|cares about|wants to watch|pays to watch) (women|girls|ladies) 's? (sports|sport|basketball|soccer|softball|volleyball|games|teams|team))",
    message: said,
    fix,
  },
  { pattern: '!(this is america ,? (eat|speak|talk|act|learn|dress|live|do|follow|go|or))', message: said, fix },
  { pattern: `!(${GROUP} (are|is) not welcome)`, message: said, fix },
  { pattern: `!((deport|ban|expel|get rid of|kick out) (them|all|every|the) *1? ${GROUP})`, message: said, fix },
  {
    pattern: `!((don't|do not|dont|doesn't|does not) belong (here|in (this|our) (country|school|town|class)))`,
    message: said,
    fix,
  },
  // "the rest are just filler", "only got that job because of diversity quotas".
  {
    pattern:
      '!((only|just) (got|get|gets|hired) *3? because (of)? *2? (diversity|quota|quotas|affirmative action|dei|she is black|he is black|she is a woman|the color of))',
    message: said,
    fix,
  },
  { pattern: '!((diversity|dei|affirmative action) (hire|hires|pick|baby|case|quota|quotas))', message: said, fix },
  { pattern: `!(i (hate|despise|can not stand) ${GROUP})`, message: said, fix },
  { pattern: `!((all|most|every) ${GROUP} (are|is) ${NEG})`, message: said, fix },
  { pattern: '!((race|racial) (traitor|traitors|mixing|purity))', message: said, fix },
  // Wider generalisations: "<group> are basically unteachable", "typical Mexican parents".
  { pattern: `!(${GROUP} (are|is|r|were) *4? ${NEG})`, message: said, fix },
  { pattern: `!(typical ${GROUP})`, message: said, fix },
  {
    pattern: `!(${GROUP} (never|don't|do not|dont|doesn't|does not|can't|can not|won't|will not) (care|value|show up|pay|work|learn|try|bother|listen|belong|respect|assimilate|contribute|speak english|parent))`,
    message: said,
    fix,
  },
  {
    pattern: `!(${GROUP} *3? (are not|aren't|arent|not) (wired|built|smart enough|cut out|made) for)`,
    message: said,
    fix,
  },
  { pattern: `!(${GROUP} (should not|shouldn't|should never) be (allowed|let|permitted) *5)`, message: said, fix },
  {
    pattern: `!(${GROUP} *3? (ruin|ruins|ruined|drag down|drags down|bring down|brings down|hold back|holds back) *3)`,
    message: said,
    fix,
  },
  {
    pattern: `!(${GROUP} *4? (future inmates|future criminals|future dropouts|welfare queens|anchor babies|robots|drones|sheep))`,
    message: said,
    fix,
  },
  {
    pattern: '!((welfare|trailer|ghetto|section 8) (moms|mothers|queens|trash|families|parents|kids))',
    message: said,
    fix,
  },
  { pattern: `!((the)? jewish *3 (always|control|controls|own|owns|run|runs) *3)`, message: said, fix },
  {
    pattern:
      "!((women|girls|females|men|boys|males) (are not|aren't|arent|will never be) (equal|as smart|as good|capable))",
    message: said,
    fix,
  },
  { pattern: "!((their|her|a woman 's|a womans) place is (in)? (the)? (home|kitchen))", message: said, fix },
  { pattern: '!((belong|belongs) in the kitchen)', message: said, fix },
  { pattern: '!((superior|inferior) (gender|race|races|sex|blood))', message: said, fix },
  {
    pattern: '!(deserve to be (abused|raped|beaten|killed|hit|hurt|slapped|shot|hanged|deported))',
    message: said,
    fix,
  },
  { pattern: '!((imaginary|made-up|made up|fake|pretend) (gender|genders|pronouns))', message: said, fix },
  { pattern: '!((sex change|transition) (was|is) a (complete|total)? (failure|joke|mistake))', message: said, fix },
  { pattern: "!(are you (sure|even) (you are|you're)? (a|an)? (girl|boy|man|woman))", message: said, fix },
  { pattern: `!((don't|do not|dont) want ${GROUP} (here|in|around|near))`, message: said, fix },
  { pattern: '!(send (it|them|em) back)', message: said, fix },
  { pattern: `!(${GROUP} (can not|cannot|can't) control themselves)`, message: said, fix },
  { pattern: '!(race-mixing|race mixing|mixed-race babies|mud babies|mongrelization)', message: said, fix },
  {
    pattern: '!((an|the|a|that|this) {insultAdj}? (autistic|retard|spastic|downie|mongoloid|cripple))',
    message: said,
    fix,
  },
  { pattern: '!((black on white|black-on-white) (crime|crimes|violence))', message: said, fix },
  { pattern: '!(assimilate or (go home|go back|leave|get out))', message: said, fix },
  {
    pattern: `!((women|girls|women 's|womens) (sports|teams|athletes) (are|is) (boring|a joke|a waste|pointless|not real))`,
    message: said,
    fix,
  },
];

const compiled = compileSpecs(SPECS);
/** The antisemitic "echo" ((( ))) around a name or group. */
const ECHO = /\(\(\(\s*[^()]{1,40}?\s*\)\)\)/g;

/** Whole groups (never "men"/"women" alone: too common) and what demeans them, in one sentence. */
const COLLECTIVE = compile('!{groups}', CLASSES);
const DEMEANING = compile('!({dehumanizing}|{groupNegative})', CLASSES);
const EVERYDAY_GROUPS = new Set(['women', 'men', 'females', 'races', 'trans', 'disabled']);
/** Sentences that discuss prejudice rather than express it. */
const DISCUSSION =
  /\b(against (hate|racism|bigotry|discrimination)|anti-?(racis|bully|hate)|history|lesson|taught|teach|learn|unit on|stereotyp|prejudice|discriminat|racism|holocaust|segregation|civil rights|slurs?\b|hate speech|propaganda|protest|solidarity|together|welcome|support|rights|respect|inclusion|inclusive|celebrat|heritage|month|proud)/i;

/** Co-occurrence within a sentence: a group named as a whole and a dehumanising or hostile term. */
function groupAndDemeaning(chunk: Chunk): Hit[] {
  const hits: Hit[] = [];
  const groups = matchTokens(chunk, COLLECTIVE).filter((m) => !EVERYDAY_GROUPS.has(chunk.tokens[m.from]?.w ?? ''));
  if (groups.length === 0) return hits;
  const negatives = matchTokens(chunk, DEMEANING);
  for (const g of groups) {
    const sentence = sentenceOf(chunk, g.from);
    const sentenceText = chunk.text.slice(...span(chunk, sentence[0], sentence[1]));
    if (DISCUSSION.test(sentenceText)) continue;
    const negative = negatives.find(
      (n) => n.from >= sentence[0] && n.to <= sentence[1] && Math.abs(n.from - g.from) <= 12,
    );
    if (!negative) continue;
    const [start, end] = span(chunk, Math.min(g.from, negative.from), Math.max(g.to, negative.to));
    hits.push({ start, end, message: said(chunk.text.slice(start, end)), fix });
  }
  return hits;
}

/** Token range [from, to) of the sentence holding token `index` ("." tokens separate sentences). */
function sentenceOf(chunk: Chunk, index: number): [number, number] {
  let from = index;
  while (from > 0 && chunk.tokens[from - 1]?.w !== '.') from--;
  let to = index;
  while (to < chunk.tokens.length && chunk.tokens[to]?.w !== '.') to++;
  return [from, to];
}

export const identityAttack: Rule = scannerRule('identity-attack', 'derogatory', {
  id: 'identity-attack',
  scan(chunk) {
    const hits = [...patternHits(chunk, compiled), ...groupAndDemeaning(chunk)];
    for (const m of chunk.text.matchAll(ECHO)) {
      hits.push({ start: m.index, end: m.index + m[0].length, message: said(m[0]), fix });
    }
    return hits;
  },
});
