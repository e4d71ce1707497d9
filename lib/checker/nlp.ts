/**
 * The only module that imports compromise. We use its tokenizer (sentences, terms with offsets,
 * contractions, abbreviations such as "Mr.") from the small `compromise/one` build: the full tagger
 * costs ~350 ms to load and several ms per post here, over the checker's whole budget. Names, groups and
 * the other vocabulary come from our own lexicons (see lexicon/), matched on these terms.
 */
import nlp from 'compromise/one';

export interface RawTerm {
  /** Term text without surrounding punctuation, as in the input (case kept). */
  text: string;
  /** Expansion of a contraction part ("you're" gives "you" and "are"), when there is one. */
  implicit: string | null;
  /** Punctuation and spaces before / after the term. */
  pre: string;
  post: string;
  /** Offsets of `text` in the parsed string. */
  start: number;
  end: number;
  /** Index of the sentence the term belongs to, within the parsed string. */
  sentence: number;
}

interface CompromiseTerm {
  text: string;
  implicit?: string;
  pre: string;
  post: string;
  offset?: { start: number; length: number };
}

/** Split `text` into sentences and terms. One parse per chunk; callers cache by chunk. */
export function tokenize(text: string): RawTerm[] {
  // nlp.tokenize: sentences, terms and contractions without the lexicon, ids and other per-term work
  // nlp() would add (the terms and offsets are the same; checked on every evaluation row).
  const doc = nlp.tokenize(text);
  doc.compute('offset');
  const terms: RawTerm[] = [];
  (doc.docs as CompromiseTerm[][]).forEach((sentence, index) => {
    for (const term of sentence) {
      const start = term.offset?.start ?? 0;
      terms.push({
        text: term.text,
        implicit: term.implicit ?? null,
        pre: term.pre,
        post: term.post,
        start,
        end: start + (term.offset?.length ?? term.text.length),
        sentence: index,
      });
    }
  });
  return terms;
}
