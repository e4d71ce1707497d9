import { z } from 'zod';

/** Categories a clause can be enforced by. Ids are fixed: tests, the CLI and the eval data use them. */
export const TEXT_CATEGORIES = [
  'derogatory',
  'confidential',
  'political',
  'personal-district-use',
  'mandatory-report',
] as const;
export const IMAGE_CATEGORIES = ['student-image', 'district-branding'] as const;
export const ALL_CATEGORIES = [...TEXT_CATEGORIES, ...IMAGE_CATEGORIES, 'student-connection'] as const;

export const categorySchema = z.enum(ALL_CATEGORIES);
export type Category = z.infer<typeof categorySchema>;
export type TextCategory = (typeof TEXT_CATEGORIES)[number];

export const clauseSchema = z.object({
  /** Stable id, `<section>.<slug>`, e.g. `all.confidential`. Findings cite it. */
  id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)+$/, 'ids look like "all.confidential"'),
  /** The clause exactly as the District wrote it. */
  text: z.string().min(1),
  /** One plain-language sentence: what the clause means for the employee. */
  explanation: z.string().min(1),
  /** What to do instead. */
  action: z.string().min(1),
  /** Everyday words people type when looking for this clause ("friend request", "logo"). */
  keywords: z.array(z.string()).default([]),
  /** Checker categories that enforce this clause. */
  enforces: z.array(categorySchema).default([]),
});
export type Clause = z.infer<typeof clauseSchema>;

export const sectionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  clauses: z.array(clauseSchema).min(1),
});
export type Section = z.infer<typeof sectionSchema>;

export const policyDocumentSchema = z
  .object({
    title: z.string().min(1),
    /** BCP 47 tag of the document's own language; the UI language does not change it. */
    language: z.string().default('en'),
    revision: z.string().default(''),
    preamble: z.array(z.string()).default([]),
    sections: z.array(sectionSchema).min(1),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    for (const section of doc.sections) {
      for (const clause of section.clauses) {
        if (seen.has(clause.id)) {
          ctx.addIssue({ code: 'custom', message: `Clause id "${clause.id}" is used twice.` });
        }
        seen.add(clause.id);
      }
    }
  });
export type PolicyDocument = z.infer<typeof policyDocumentSchema>;
