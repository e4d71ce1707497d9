/**
 * Policy: every text clause the other rules enforce (all.derogatory, all.confidential,
 * educational.political, educational.organization-page, all.mandatory-reporting). The learned wording
 * model (model/) catches posts whose wording matches a category although no hand-written rule named
 * the exact phrase. It runs last, only for categories no rule has already flagged, and marks the
 * sentence that weighs most, quoting the words that drove the decision.
 */
import type { TextCategory } from '../../policy/schema';
import { chunkFeatures, docFeatures } from '../model/features';
import { modelFor, probability, topFeatures } from '../model/model';
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

export function wordingRule(category: TextCategory, applies?: Rule['applies']): Rule {
  return {
    id: `${category}-wording`,
    category,
    applies,
    run(doc: Doc): Hit[] {
      const model = modelFor(category);
      if (!model || doc.results.some((r) => r.category === category && r.hits.length > 0)) return [];
      const fired = doc.results.filter((r) => r.hits.length > 0).map((r) => r.id);
      if (probability(model, docFeatures(doc, fired)) < model.threshold) return [];
      // Mark the chunk whose words weigh most toward the category.
      let best = doc.chunks[0];
      let bestScore = Number.NEGATIVE_INFINITY;
      for (const entry of doc.chunks) {
        const score = chunkFeatures(entry.chunk).reduce((sum, f) => sum + model.weight(f), 0);
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
