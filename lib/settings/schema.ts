import { z } from 'zod';
import { policyDocumentSchema } from '../policy/schema';

import { SETTINGS_VERSION } from './version';

export { SETTINGS_VERSION };

export const severityModeSchema = z.enum(['off', 'warn', 'block']);
export type SeverityMode = z.infer<typeof severityModeSchema>;
export const overrideModeSchema = z.enum(['not-allowed', 'acknowledge', 'reason']);
export type OverrideMode = z.infer<typeof overrideModeSchema>;

export const categoryPolicySchema = z.object({
  mode: severityModeSchema,
  /** What "Post anyway" needs: nothing allowed, a tick-box acknowledgement, or a written reason. */
  override: overrideModeSchema,
});
export type CategoryPolicy = z.infer<typeof categoryPolicySchema>;

const regexSource = z.string().refine((source) => {
  try {
    new RegExp(source, 'u');
    return source.length > 0;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const schoolSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  mascots: z.array(z.string()).default([]),
});
export type School = z.infer<typeof schoolSchema>;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** UI language; `auto` follows the browser. The policy text stays in the District's language. */
  language: z.enum(['auto', 'en', 'es']),
  district: z.object({
    name: z.string().min(1),
    aliases: z.array(z.string()),
    /** E-mail domains of student accounts, e.g. `students.cedarvalley.k12.example`. */
    studentEmailDomains: z.array(z.string()),
  }),
  contact: z.object({
    office: z.string().min(1),
    name: z.string(),
    email: z.string(),
    phone: z.string(),
  }),
  /** Official District accounts per platform: X handles, Facebook Page names or ids, Instagram usernames. */
  accounts: z.object({
    x: z.array(z.string()),
    facebook: z.array(z.string()),
    instagram: z.array(z.string()),
  }),
  schools: z.array(schoolSchema),
  /** Graduation years that mean "current student"; `null` follows the calendar (this year's seniors to this year's kindergarten). */
  graduationYears: z
    .object({ first: z.number().int().min(1900).max(2200), last: z.number().int().min(1900).max(2200) })
    .refine((years) => years.first <= years.last, 'the first year must not be after the last')
    .nullable(),
  /** Regular-expression sources (whole-word, no flags) for student ID numbers. */
  studentIdFormats: z.array(regexSource),
  categories: z.object({
    derogatory: categoryPolicySchema,
    confidential: categoryPolicySchema,
    political: categoryPolicySchema,
    'personal-district-use': categoryPolicySchema,
    'mandatory-report': categoryPolicySchema,
    'student-image': categoryPolicySchema,
    'district-branding': categoryPolicySchema,
  }),
  /** Words and phrases never flagged (matched case-insensitively as whole words). */
  allowlist: z.array(z.string()),
  /** The District's own policy document; `null` uses the shipped one. */
  policy: policyDocumentSchema.nullable(),
  requests: z.object({ mode: z.enum(['always', 'signal', 'off']) }),
  images: z.object({
    enabled: z.boolean(),
    /** Reference logos as data URLs; empty uses the shipped sample logo. */
    logos: z.array(z.object({ name: z.string(), dataUrl: z.string() })),
    /** Community Relations has approved use of the logo on District accounts. */
    brandingApproved: z.boolean(),
  }),
});
export type Settings = z.infer<typeof settingsSchema>;
