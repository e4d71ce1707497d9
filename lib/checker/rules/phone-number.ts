/**
 * Policy: "Do not post or comment on confidential or protected information about ... its students ...
 * or employees" (all.confidential). Someone's personal phone number ("her mom's cell is 555-0187").
 * Office and help lines ("front office: (555) 010-4421", "call our family center") and the writer's own
 * number are public or theirs to share.
 */
import type { Rule, Scanner } from '../rule';
import { charMatches, maskDigits } from '../signals/pii';

const PHONE =
  /(?<![\w-])(?:\+?1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\w-])|(?<![\w(-])\d{3}-\d{4}(?![\w-])/g;
const INSTITUTION =
  /\b(office|front desk|line|district|school|call (us|our)|our (office|line|number|team)|family center|hotline|lifeline|crisis|helpline|transportation|fax|ext\b|extension|counseling|counselors|library|center|centre|department|dept|county|city|police|non-emergency|emergency|reception|registration|enrollment|registrar|records|portal|screenings?|appointments?|hours|services|help|questions|info|information|resource|program|clinic|ms|hs|elementary|academy|high|middle)\b/i;
const OWN = /\b(call me|text me|my (personal )?(cell|number|phone|line)|reach me|me at)\b/i;
/** Whose number it is: a person's, not an office's. */
const PERSONAL =
  /\b(his|her|their|mom'?s?|dad'?s?|mother'?s?|father'?s?|parent'?s?|grandma'?s?|grandpa'?s?|husband'?s?|wife'?s?|cell|personal|home (number|phone)|'s (number|cell|phone))\b/i;

const scanner: Scanner = {
  id: 'phone-number',
  scan(chunk) {
    return charMatches(chunk, PHONE)
      .filter((m) => !OWN.test(m.before))
      .filter((m) => PERSONAL.test(m.before.slice(-40)) || !INSTITUTION.test(`${m.before} ${m.after.slice(0, 40)}`))
      .map((m) => {
        const text = chunk.text.slice(m.start, m.end);
        return {
          kind: PERSONAL.test(m.before.slice(-40)) ? 'personal' : 'unmarked',
          start: m.start,
          end: m.end,
          message: `"${text}" looks like someone's personal phone number. Students', families' and staff members' contact details are confidential.`,
          fix: { label: 'Mask the number', replacement: maskDigits(text) },
        };
      });
  },
};

export const phoneNumber: Rule = {
  id: 'phone-number',
  category: 'confidential',
  // A District account posting a number with no sign that it is a person's is posting its own lines.
  run: (doc) => doc.scan(scanner).filter((hit) => doc.context.account === 'personal' || hit.kind === 'personal'),
};
