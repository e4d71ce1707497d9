/**
 * Policy: "Do not post or use language that could be considered to be ... obscene ..." (all.derogatory)
 * Obscene words in any disguise (leetspeak, masking, spaced or repeated letters, look-alike letters,
 * zero-width characters) and the obscene gesture emoji. Whole tokens only: "Scunthorpe", "assessment",
 * "Dick's Sporting Goods" and "cumulative" are never hits.
 */
import type { Chunk } from '../analysis';
import { isCapitalized } from '../letters';
import { OBSCENE, OBSCENE_LOWERCASE_ONLY } from '../lexicon/abuse';
import { compileSpecs, patternHits } from '../patterns';
import type { Hit, Rule, Scanner } from '../rule';

const GESTURE = /\u{1f595}/gu;

/** "ass" is obscene as a noun for a person or body ("kicked ass", "fat ass", "laugh my ass off"). */
const ASS = compileSpecs([
  {
    pattern:
      '(kick|kicked|kicking|kicks|whoop|whooped|whooping|bust|busted|busting|fat|lazy|dumb|stupid|smart|dumbass|your|ur|his|her|my|their|our|sorry|cheap|broke|old|bad|big|sweet|tight|nice|best|cute) !(ass|asses)',
    message: () => '',
  },
  {
    pattern: '!(ass|asses) (off|kicked|whooping|kissing|kisser|hole|holes|clown|clowns|backwards|handed)',
    message: () => '',
  },
  { pattern: '/[a-z]+/ !ass (/[a-z]+/)', message: () => '', kind: 'adjective-ass' },
]);
const ASS_ADJECTIVE_ASS =
  /^(ghetto|creepy|dumb|lazy|fat|ugly|stupid|broke|cheap|bitch|weird|goofy|annoying|corny|bougie|ratchet|basic|crazy|old)$/;
const ACRONYMS = new Set(['wtf', 'stfu', 'gtfo', 'omfg', 'ffs']);

/** Ordinary senses of words on the list: gardening hoes, pussy willows, spotted dick, Moby Dick. */
const INNOCENT =
  /\b(garden\w*|rakes?|shovels?|tomato\w*|weeds?|bindweed|soil|dig\w*|plant\w*|beds?|harvest|potato\\w*|hoe[- ]?down|willows?|spotted dick|moby dick|pussy ?cats?)\b/i;

function isObscene(chunk: Chunk, index: number): boolean {
  const token = chunk.tokens[index];
  if (!token) return false;
  if (OBSCENE.has(token.w)) return token.w !== 'kys';
  // "dick", "cock", "prick" only in lower case or capitals: capitalized they are names ("Dick's").
  return OBSCENE_LOWERCASE_ONLY.has(token.w) && !isCapitalized(token.raw);
}

export const obsceneScanner: Scanner = {
  id: 'profanity',
  scan(chunk) {
    const hits: Hit[] = [];
    chunk.tokens.forEach((token, index) => {
      if (!isObscene(chunk, index)) return;
      const disguise = token.disguised ? ' (disguised)' : '';
      const what = ACRONYMS.has(token.w) ? 'an obscene abbreviation' : 'an obscene word';
      hits.push({
        start: token.start,
        end: token.end,
        message: `"${chunk.text.slice(token.start, token.end)}" is ${what}${disguise}. Obscene language is not allowed in any post, personal or District.`,
        fix: { label: 'Remove the word', replacement: '' },
      });
    });
    for (const hit of patternHits(chunk, ASS)) {
      if (hit.kind === 'adjective-ass') {
        // "creepy ass cracker": only after an insulting adjective.
        const before = chunk.text.slice(0, hit.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
        if (!ASS_ADJECTIVE_ASS.test(before)) continue;
      }
      hits.push({
        start: hit.start,
        end: hit.end,
        message: `"${chunk.text.slice(hit.start, hit.end)}" is obscene here. Obscene language is not allowed in any post, personal or District.`,
        fix: { label: 'Remove the word', replacement: '' },
      });
    }
    GESTURE.lastIndex = 0;
    for (let m = GESTURE.exec(chunk.text); m; m = GESTURE.exec(chunk.text)) {
      const end = m.index + m[0].length + (/^[\u{1f3fb}-\u{1f3ff}]/u.test(chunk.text.slice(m.index + 2)) ? 2 : 0);
      hits.push({
        start: m.index,
        end,
        message:
          'The middle-finger emoji is an obscene gesture. Obscene language or gestures are not allowed in any post.',
        fix: { label: 'Remove the emoji', replacement: '' },
      });
    }
    return hits;
  },
};

export const profanity: Rule = {
  id: 'profanity',
  category: 'derogatory',
  run(doc) {
    const innocent = doc.has(INNOCENT);
    return doc
      .scan(obsceneScanner)
      .filter((hit) => !(innocent && /^(hoes?|pussy|dick)$/i.test(doc.text.slice(hit.start, hit.end))));
  },
};
