/**
 * Policy: every text clause the other rules enforce (all.derogatory, all.confidential,
 * educational.political, educational.organization-page, all.mandatory-reporting). The learned wording
 * model (model/) catches posts whose wording matches a category although no hand-written rule named
 * the exact phrase. It runs last, only for categories no rule has already flagged, and marks the
 * sentence that weighs most, quoting the words that drove the decision.
 */
import type { TextCategory } from '../../policy/schema';
import type { Chunk } from '../analysis';
import { chunkFeatures, chunkHashes, docExtras, firedRules } from '../model/features';
import { type CategoryModel, modelFor, sigmoid, topFeatures } from '../model/model';
import type { Doc, Hit, Rule } from '../rule';

const WHY: Record<TextCategory, string> = {
  derogatory:
    'The wording reads as derogatory, hostile or demeaning toward people. Insults, threats, slurs, harassment and obscene language are not allowed.',
  confidential:
    'This seems to share private information about an identifiable student, family or employee. Records, health, family and personnel matters stay off social media.',
  political:
    'This reads as advocacy for or against a candidate or ballot measure. District accounts must stay neutral.',
  'personal-district-use':
    'This reads like an official class, school or program announcement from a personal account. Post it on the approved school or program page and share that post instead.',
  'mandatory-report':
    'This may describe a child at risk of abuse, neglect, self-harm or violence. If so, report it now to your administrator and child protective services; do not post it.',
};

function words(feature: string): string {
  return feature.slice(2).replace(/_/g, ' ').replace(/\^ ?/, '').replace(/NAME/g, 'a name');
}

/** Memo keys built once: a key made per call would be a new string to hash on every lookup. */
const SCORE_KEYS = new Map<TextCategory, string>();

/** Sum of a chunk's word-feature weights for one category, cached on the chunk. */
function chunkScore(chunk: Chunk, category: TextCategory, model: CategoryModel): number {
  let key = SCORE_KEYS.get(category);
  if (key === undefined) {
    key = `score:${category}`;
    SCORE_KEYS.set(category, key);
  }
  const cached = chunk.memo.get(key) as number | undefined;
  if (cached !== undefined) return cached;
  let score = 0;
  for (const h of chunkHashes(chunk)) score += model.weightOf(h);
  chunk.memo.set(key, score);
  return score;
}

/**
 * `about`: what the post must be about for the model's word to count (political advocacy needs an
 * election or politics in it; a proud post about a game is not advocacy however it is worded).
 */
export function wordingRule(category: TextCategory, applies?: Rule['applies'], about?: (doc: Doc) => boolean): Rule {
  return {
    id: `${category}-wording`,
    category,
    applies,
    run(doc: Doc): Hit[] {
      const model = modelFor(category);
      if (!model || doc.results.some((r) => r.category === category && r.hits.length > 0)) return [];
      if (about && !about(doc)) return [];
      // The post's score is the sum of its chunks' scores (cached per chunk) and the post-level features.
      let z = 0;
      for (const f of docExtras(doc, firedRules(doc))) z += model.weight(f);
      for (const { chunk } of doc.chunks) z += chunkScore(chunk, category, model);
      if (sigmoid(z) < model.threshold) return [];
      // Mark the chunk whose words weigh most toward the category.
      let best = doc.chunks[0];
      let bestScore = Number.NEGATIVE_INFINITY;
      for (const entry of doc.chunks) {
        const score = chunkScore(entry.chunk, category, model);
        if (score > bestScore) {
          bestScore = score;
          best = entry;
        }
      }
      if (!best) return [];
      const text = best.chunk.text;
      const start = best.offset + (text.length - text.trimStart().length);
      const end = best.offset + text.trimEnd().length;
      const cues = topFeatures(model, chunkFeatures(best.chunk), 3).map((f) => `"${words(f)}"`);
      const because = cues.length ? ` (wording such as ${cues.join(', ')})` : '';
      return [{ start, end, message: `${WHY[category]}${because}` }];
    },
  };
}
