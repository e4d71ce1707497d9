import { DEFAULT_POLICY } from './default-policy';
import type { Category, Clause, PolicyDocument, Section } from './schema';

export { DEFAULT_POLICY } from './default-policy';
export * from './schema';

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
  const own = allClauses(doc).find((clause) => clause.enforces.includes(category));
  if (own) return own;
  const shipped = allClauses(DEFAULT_POLICY).find((clause) => clause.enforces.includes(category));
  if (!shipped) throw new Error(`No clause enforces ${category}`);
  return shipped;
}
