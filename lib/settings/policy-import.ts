/**
 * Validating a District's own policy document before it replaces the shipped one: JSON first, then the
 * policy schema (with paths to each problem), then what the checker will make of it (categories no
 * clause is tagged to keep citing the shipped clause).
 */
import { ALL_CATEGORIES, type Category, type PolicyDocument, policyDocumentSchema } from '../policy/schema';
import { issuePath } from './paths';

export type PolicyImport =
  | { ok: true; policy: PolicyDocument; untagged: Category[] }
  | { ok: false; kind: 'json' | 'invalid'; errors: string[] };

export function validatePolicyText(text: string): PolicyImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'json', errors: [error instanceof Error ? error.message : String(error)] };
  }
  const parsed = policyDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      kind: 'invalid',
      errors: parsed.error.issues.map((issue) =>
        issue.path.length ? `${issuePath(issue.path)}: ${issue.message}` : issue.message,
      ),
    };
  }
  const tagged = new Set(
    parsed.data.sections.flatMap((section) => section.clauses.flatMap((clause) => clause.enforces)),
  );
  return { ok: true, policy: parsed.data, untagged: ALL_CATEGORIES.filter((category) => !tagged.has(category)) };
}

export function policyFileName(policy: PolicyDocument): string {
  const slug =
    policy.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'policy';
  return `${slug}.json`;
}
