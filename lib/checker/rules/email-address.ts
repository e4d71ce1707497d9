/**
 * Policy: "Do not post or comment on confidential or protected information about ... its students ...
 * or employees" (all.confidential). A student's e-mail address (the District's student domains in
 * settings) or someone else's personal address ("her email is ..."). The writer's own address and
 * office addresses are theirs to share.
 */
import type { Rule, Scanner } from '../rule';
import { charMatches } from '../signals/pii';

// Bounded and anchored at a non-address character, so a long run of letters costs linear time.
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g;
const SOMEONE_ELSE =
  /\b(his|her|their|student'?s?|parent'?s?|mom'?s|dad'?s|kid'?s|family'?s?)\s+(personal\s+)?(e-?mail|address)\s*(is|:)?\s*$/i;

/** Asked for or given as someone's contact, possibly in the sentence before: "the parent contact for Ava Lindgren? It's ...". */
const CONTACT_FOR =
  /\b([Cc]ontact|[Cc]ontact info|[Ee]-?mail|[Aa]ddress)\s+(for|of)\s+\p{Lu}[\p{L}'-]+(\s+\p{Lu}[\p{L}'-]+)?\b[^@]{0,40}$/u;

/** Every address, marked "student" when it is on a student e-mail domain or named as someone else's. */
const scanner: Scanner = {
  id: 'email-address',
  scan(chunk, env) {
    const studentDomains = env.settings.district.studentEmailDomains.map((d) => d.toLowerCase());
    return charMatches(chunk, EMAIL).map((m) => {
      const domain = m.text.split('@')[1]?.toLowerCase() ?? '';
      const theirs =
        studentDomains.some((d) => domain === d || domain.endsWith(`.${d}`)) || SOMEONE_ELSE.test(m.before);
      return {
        start: m.start,
        end: m.end,
        kind: theirs ? 'theirs' : 'unknown',
        message: `"${chunk.text.slice(m.start, m.end)}" is a student's or another person's e-mail address. Contact details of students, families and staff are confidential.`,
        fix: { label: 'Remove the address', replacement: '' },
      };
    });
  },
};

export const emailAddress: Rule = {
  id: 'email-address',
  category: 'confidential',
  run(doc) {
    return doc
      .scan(scanner)
      .filter(
        (hit) => hit.kind === 'theirs' || CONTACT_FOR.test(doc.text.slice(Math.max(0, hit.start - 120), hit.start)),
      )
      .map(({ start, end, message, fix }) => ({ start, end, message, fix }));
  },
};
