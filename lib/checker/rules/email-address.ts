/**
 * Policy: "Do not post or comment on confidential or protected information about ... its students ...
 * or employees" (all.confidential). A student's e-mail address (the District's student domains in
 * settings) or someone else's personal address ("her email is ..."). The writer's own address and
 * office addresses are theirs to share.
 */
import type { Rule, Scanner } from '../rule';
import { scannerRule } from '../rule';
import { charMatches } from '../signals/pii';

// Bounded and anchored at a non-address character, so a long run of letters costs linear time.
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g;
const SOMEONE_ELSE =
  /\b(his|her|their|student'?s?|parent'?s?|mom'?s|dad'?s|kid'?s|family'?s?)\s+(personal\s+)?(e-?mail|address)\s*(is|:)?\s*$/i;

const scanner: Scanner = {
  id: 'email-address',
  scan(chunk, env) {
    const studentDomains = env.settings.district.studentEmailDomains.map((d) => d.toLowerCase());
    return charMatches(chunk, EMAIL)
      .filter((m) => {
        const domain = m.text.split('@')[1]?.toLowerCase() ?? '';
        return studentDomains.some((d) => domain === d || domain.endsWith(`.${d}`)) || SOMEONE_ELSE.test(m.before);
      })
      .map((m) => ({
        start: m.start,
        end: m.end,
        message: `"${chunk.text.slice(m.start, m.end)}" is a student's or another person's e-mail address. Contact details of students, families and staff are confidential.`,
        fix: { label: 'Remove the address', replacement: '' },
      }));
  },
};

export const emailAddress: Rule = scannerRule('email-address', 'confidential', scanner);
