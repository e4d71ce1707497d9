/**
 * Clause lookups. Free of the schema library so the checker (which runs in every page) loads without it.
 */
import { DEFAULT_POLICY } from './default-policy';
import type { Category, Clause, PolicyDocument, Section } from './schema';

export interface ClauseWithSection extends Clause {
  section: Pick<Section, 'id' | 'title'>;
}

/** Every clause of the document in reading order, each tagged with its section. */
export function allClauses(doc: PolicyDocument = DEFAULT_POLICY): ClauseWithSection[] {
  return doc.sections.flatMap((section) =>
    section.clauses.map((clause) => ({ ...clause, section: { id: section.id, title: section.title } })),
  );
}

export function clauseById(id: string, doc: PolicyDocument = DEFAULT_POLICY): ClauseWithSection | undefined {
  return allClauses(doc).find((clause) => clause.id === id);
}

/**
 * The clause a category enforces. A District's own document may tag a different clause; when it tags
 * none, the shipped policy's clause keeps findings explainable.
 */
export function clauseForCategory(category: Category, doc: PolicyDocument = DEFAULT_POLICY): ClauseWithSection {
  // Called for every rule of every check: remembered per document.
  let byCategory = clauseCache.get(doc);
  if (!byCategory) {
    byCategory = new Map();
    clauseCache.set(doc, byCategory);
  }
  const cached = byCategory.get(category);
  if (cached) return cached;
  const own = allClauses(doc).find((clause) => clause.enforces.includes(category));
  const found = own ?? allClauses(DEFAULT_POLICY).find((clause) => clause.enforces.includes(category));
  if (!found) throw new Error(`No clause enforces ${category}`);
  byCategory.set(category, found);
  return found;
}

const clauseCache = new WeakMap<PolicyDocument, Map<Category, ClauseWithSection>>();
