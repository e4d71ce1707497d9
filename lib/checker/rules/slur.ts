/**
 * Policy: "Do not post or use language that could be considered to be derogatory ... discriminatory ..."
 * (all.derogatory). Slurs against a race, ethnicity, religion, sexuality, gender identity or disability,
 * in any disguise; "gay" used as an insult ("so gay"); ordinary words that become slurs only when
 * disguised ("sp3d kids"). A euphemism such as "the n-word" is not a slur.
 */

import { isTitleWord, startsUpper } from '../letters';
import { DISGUISED_ONLY, SLURS } from '../lexicon/abuse';
import { compile, matchTokens, span } from '../pattern';
import type { Hit, Rule, Scanner } from '../rule';
import { scannerRule } from '../rule';
import { CLASSES } from '../vocab';

/** Slurs of several words ("porch monkey"): the token loop below sees one word at a time. */
const MULTIWORD = compile('!{slur}', CLASSES);
const PEJORATIVE_GAY = compile(
  '(so|that is|thats|how|too|super|sooo|soo|kinda|sounds|looks|real) !gay (lol|lmao|lmfao|af|,|.|bro|dude|man)?',
  CLASSES,
);
const NOT_A_SLUR = compile('(chink in (the|his|her|their|our|your) armor|negro (league|leagues))', CLASSES);

const TEACHING =
  /\b(anti-slur|the word|the phrase|the term|slurs? (unit|lesson)|isn't a compliment|is not a compliment|person-first|rosa's law)\b/i;

export const slurScanner: Scanner = {
  id: 'slur',
  scan(chunk) {
    const hits: Hit[] = [];
    const excluded = new Set<number>();
    for (const m of matchTokens(chunk, NOT_A_SLUR)) for (let i = m.from; i < m.to; i++) excluded.add(i);
    // Teaching about a slur ("Week 3 of my anti-slur unit") names it without using it.
    if (TEACHING.test(chunk.text)) return hits;
    chunk.tokens.forEach((token, index) => {
      if (excluded.has(index)) return;
      // Surnames: "Dick Van Dyke", "Chris Coon".
      const previous = chunk.tokens[index - 1];
      if (isTitleWord(token.raw) && previous && startsUpper(previous.raw) && !previous.sentenceStart) return;
      const slur = SLURS.has(token.w) || (token.disguised && DISGUISED_ONLY.has(token.w));
      if (!slur) return;
      hits.push({
        start: token.start,
        end: token.end,
        message: `"${chunk.text.slice(token.start, token.end)}" is a slur. Slurs demean people for who they are and are not allowed in any post.`,
        fix: { label: 'Remove the slur', replacement: '' },
      });
    });
    for (const m of matchTokens(chunk, MULTIWORD)) {
      if (m.to - m.from < 2 || [...Array(m.to - m.from).keys()].some((k) => excluded.has(m.from + k))) continue;
      const [start, end] = span(chunk, m.from, m.to);
      hits.push({
        start,
        end,
        message: `"${chunk.text.slice(start, end)}" is a slur. Slurs demean people for who they are and are not allowed in any post.`,
        fix: { label: 'Remove the slur', replacement: '' },
      });
    }
    for (const m of matchTokens(chunk, PEJORATIVE_GAY)) {
      const [start, end] = span(chunk, m.focusFrom, m.focusTo);
      hits.push({
        start,
        end,
        message: 'Using "gay" to mean bad or stupid is a slur against gay people.',
        fix: { label: 'Use another word', replacement: 'ridiculous' },
      });
    }
    return hits;
  },
};

export const slur: Rule = scannerRule('slur', 'derogatory', slurScanner);
