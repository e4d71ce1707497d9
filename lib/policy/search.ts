/**
 * Type-ahead search over the policy's clauses: the clause text, its plain-language explanation and
 * action, its keywords and the everyday synonyms in search-synonyms.ts (English and Spanish). Best match
 * first; accents, case, plurals and small typos do not matter; the last word matches as a prefix so
 * results follow each keystroke.
 */
import MiniSearch from 'minisearch';
import { allClauses, type ClauseWithSection, DEFAULT_POLICY } from './index';
import type { PolicyDocument } from './schema';
import { SEARCH_SYNONYMS } from './search-synonyms';

export interface ClauseHit {
  clause: ClauseWithSection;
  score: number;
}

export interface PolicySearch {
  /** Matching clauses, best first; an empty or stop-word-only query gives none. */
  search(query: string, limit?: number): ClauseHit[];
}

const STOP_WORDS = new Set(
  (
    'a an and are as at be by can do for from how i if in is it me my of on or so that the this to was what when ' +
    'who with you your about de del el la las los un una y o en por para con que se mi mis al lo'
  ).split(' '),
);
/** Words ending in "s" that are not plurals. */
const NOT_PLURAL = new Set(['news', 'always', 'series', 'campus', 'status', 'bus', 'yes', 'press', 'access']);

function stem(word: string): string {
  if (NOT_PLURAL.has(word) || word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function fold(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** One token as indexed and searched: accents folded, lower case, stop words dropped, plural trimmed. */
export function normalizeTerm(term: string): string | null {
  const folded = fold(term);
  if (!folded || STOP_WORDS.has(folded)) return null;
  return stem(folded);
}

const SPLIT = /[\s\-/,.!?;:()"']+/u;

function normalizePhrase(phrase: string): string {
  return phrase
    .split(SPLIT)
    .map(normalizeTerm)
    .filter((term): term is string => term !== null)
    .join(' ');
}

/**
 * Query words to look up: stop words dropped, except a last word still being typed ("lo" for "logo");
 * a trailing space or punctuation means the last word is finished.
 */
function queryTerms(query: string): string[] {
  const words = query.split(SPLIT).map(fold).filter(Boolean);
  const typing = !SPLIT.test(query.slice(-1));
  return words
    .map((word, i) => (typing && i === words.length - 1 ? stem(word) : normalizeTerm(word)))
    .filter((term): term is string => term !== null);
}

interface IndexedClause {
  id: string;
  text: string;
  explanation: string;
  action: string;
  keywords: string;
  synonyms: string;
  section: string;
}

const FIELDS = ['text', 'explanation', 'action', 'keywords', 'synonyms', 'section'] as const;
const BOOST = { keywords: 3, synonyms: 3, explanation: 1.5, text: 1, action: 1, section: 0.5 };

export function createPolicySearch(
  doc: PolicyDocument = DEFAULT_POLICY,
  synonyms: Readonly<Record<string, readonly string[]>> = SEARCH_SYNONYMS,
): PolicySearch {
  const clauses = allClauses(doc);
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  // Whole everyday phrases per clause: typing one exactly ("logo", "friend request") is the strongest hint.
  const phrases = new Map(
    clauses.map((clause) => [
      clause.id,
      new Set([...clause.keywords, ...(synonyms[clause.id] ?? [])].map(normalizePhrase).filter(Boolean)),
    ]),
  );
  const index = new MiniSearch<IndexedClause>({
    fields: [...FIELDS],
    processTerm: normalizeTerm,
    searchOptions: { boost: BOOST, combineWith: 'OR' },
  });
  index.addAll(
    clauses.map((clause) => ({
      id: clause.id,
      text: clause.text,
      explanation: clause.explanation,
      action: clause.action,
      keywords: clause.keywords.join(' ; '),
      synonyms: (synonyms[clause.id] ?? []).join(' ; '),
      section: clause.section.title,
    })),
  );

  return {
    search(query, limit = Number.POSITIVE_INFINITY) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      const phrase = normalizePhrase(query);
      const results = index.search(terms.join(' '), {
        processTerm: (term) => term,
        prefix: (_term, i, all) => i === all.length - 1,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      });
      const hits = results.map((result) => {
        const own = phrases.get(result.id as string);
        let bonus = 1;
        if (phrase && own?.has(phrase)) bonus = 2;
        else if (phrase && own && [...own].some((p) => p.startsWith(phrase))) bonus = 1.3;
        return { clause: byId.get(result.id as string) as ClauseWithSection, score: result.score * bonus };
      });
      hits.sort((a, b) => b.score - a.score);
      return hits.slice(0, limit);
    },
  };
}
