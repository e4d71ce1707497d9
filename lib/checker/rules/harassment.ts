/**
 * Policy: "Do not post or use language that could be considered to be ... bullying ... harassment ..."
 * (all.derogatory). Hostility and contempt aimed at people ("I HATE THESE KIDS"), silencing ("stfu",
 * "girl sit down", "nobody cares about your bake sale"), mocking someone's body, disability or mishap,
 * sexual comments about a colleague, and pointing people at someone's home ("that's where the
 * superintendent lives"). Everyday idioms ("hate to say it", "I hate Mondays") are not aimed at people.
 */
import { compileSpecs, patternHits } from '../patterns';
import type { PatternSpec, Rule } from '../rule';
import { scannerRule } from '../rule';

const hostile = (quote: string) =>
  `"${quote}" is hostile or belittling toward people. Bullying and harassment are not allowed, even about a frustrating day.`;
const sexual = (quote: string) =>
  `"${quote}" is a sexual comment about a person. Sexual remarks about colleagues, students or parents are harassment.`;
const doxx = (quote: string) =>
  `"${quote}" points readers at where someone lives or parks. That can invite harassment and is not allowed.`;
const fix = { label: 'Remove it', replacement: '' };

const SPECS: PatternSpec[] = [
  {
    pattern:
      '!(i (hate|despise|loathe|detest|can not stand|cant stand|am so sick of|am sick of) (all|these|those|this|that|my|every|the|our)? (single)? ({person}|{name}|you|yall|ur|them|her|him))',
    message: hostile,
    fix,
  },
  { pattern: '!({person} (hate|hates) ({name}|{title} {name}))', message: hostile, fix },
  // Piling on: "let's all flood his inbox", "everyone email her until she answers".
  {
    pattern:
      '!(flood (his|her|their|the|that|this) *2? (inbox|inboxes|dms|email|emails|phone|voicemail|comments|page|mentions))',
    message: hostile,
    fix,
  },
  {
    pattern:
      '!((let us|lets) all (email|call|message|dm|text|tag|spam) (him|her|them|{name}|{title} {name}) *4? until)',
    message: hostile,
    fix,
  },
  {
    pattern:
      '!(shut up|shut the (f|eff|fk|frick|heck|hell) up|shut your mouth|shut ur mouth|shut your trap|stay in your lane|nobody asked|no one asked|go back to (teaching|your|school)|nobody cares (about|what) (you|your|ur|him|her|his)|no one cares (about|what) (you|your|ur|him|her|his)|sit (down|yo ass down)|get a life|get over yourself)',
    message: hostile,
    fix,
    notBefore:
      /\b(?:please|pls|kindly|everyone|students|kids|class|then|and then|to|can't|cannot|can not|could not|couldn't|unable to)\s*$/i,
    // "Nobody asked them to.": no one told them to, not "be quiet".
    notAfter: /^\s*(?:them|him|her|me|us|you|anyone|anybody)\s+(?:to|for)\b/i,
  },
  {
    pattern: '!((nobody|no one|noone) (likes|wants|cares about|will miss|misses) (you|u|ya|him|her))',
    message: hostile,
    fix,
  },
  // Innuendo about a colleague: "she can grade my papers anytime 😏", "those forearms 🔥".
  {
    pattern: '({target}) can *6 !(anytime|any time|any day) *3? (if (ya|you|u) know what i mean|😏|🥵)',
    message: sexual,
    fix,
  },
  { pattern: '!(those (forearms|arms|legs|abs|thighs|calves|biceps)) (😍|🔥|🥵|😏)', message: sexual, fix },
  {
    pattern: '!((enjoy|good luck|have fun) never (passing|graduating|playing|getting))',
    message: hostile,
    fix,
  },
  {
    pattern: '!((what|wtf) is wrong (with|w) (these|this|those|that|you|ur|yall|them|her|him|{person}))',
    message: hostile,
    fix,
  },
  { pattern: '!((ew|eww|ewww|yuck|gross) ,? (who|how|why|look at) *5)', message: hostile, fix },
  { pattern: '!(looking like (that|this|a {insult}|a {person}))', message: hostile, fix },
  {
    pattern: '!((lol|lmao|lmfao|haha) (@|at) (the|this|that)? ({group}|{person}|{name}|{mention}) *3)',
    message: hostile,
    fix,
  },
  { pattern: '!((get|put) (this|that|it|him|her) on (video|camera|film|tiktok))', message: hostile, fix },
  { pattern: '!(fell flat on (her|his) face)', message: hostile, fix },
  { pattern: '!(pretending (the|that|those|these)? *3 (do not|does not) exist)', message: hostile, fix },
  {
    pattern:
      '!((best|nicest|hottest|finest|great|nice|hot|fine|sexy|tight|cutest) (ass|butt|booty|body|rack|legs|bod|buns|cheeks)) (on|in)? (staff|the staff|the building|campus|the faculty|the team)?',
    message: sexual,
    fix,
  },
  { pattern: '!((can|could) (bench press|ride|do) me) (anytime|any time|any day|all day)?', message: sexual, fix },
  {
    pattern:
      '!((that is|thats|this is|that is exactly) where ({title} {name}|{name}|the {person}|{person}|he|she|they) (lives|live|parks|park|sleeps))',
    message: doxx,
    fix,
  },
  { pattern: '!((who|whoever) let (her|him|them) (teach|coach|work|near))', message: hostile, fix },
  {
    pattern:
      '!((looked|look|looking|looks) (really|so|super|damn)? (good|hot|sexy|fine|amazing) in (those|that|your|her|his) (leggings|skirt|skirts|dress|jeans|yoga pants|shorts|pants|top|swimsuit))',
    message: sexual,
    fix,
  },
  { pattern: '!((skirts|skirt|dresses|shorts) (get|gets|getting) (shorter|tighter))', message: sexual, fix },
  {
    pattern:
      '!((come|wear|bring) (them|it|that) to my (room|classroom|office|place) (after school|sometime|later|tonight))',
    message: sexual,
    fix,
  },
  { pattern: '!((keep|stop) (running your mouth|talking trash|running ur mouth))', message: hostile, fix },
];

export const harassment: Rule = scannerRule('harassment', 'derogatory', {
  id: 'harassment',
  scan: (
    (compiled) => (chunk) =>
      patternHits(chunk, compiled)
  )(compileSpecs(SPECS)),
});
