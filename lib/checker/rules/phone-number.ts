/**
 * Policy: "Do not post or comment on confidential or protected information about ... its students ...
 * or employees" (all.confidential). Someone's personal phone number ("her mom's cell is 555-0187").
 * Office and help lines ("front office: (555) 010-4421", "call our family center") and the writer's own
 * number are public or theirs to share.
 */
import type { Rule, Scanner } from '../rule';
import { scannerRule } from '../rule';
import { charMatches, maskDigits } from '../signals/pii';

const PHONE =
  /(?<![\w-])(?:\+?1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\w-])|(?<![\w(-])\d{3}-\d{4}(?![\w-])/g;
const INSTITUTION =
  /\b(office|front desk|main line|district|school|call (us|our)|our (office|line|number|team)|family center|hotline|lifeline|crisis|helpline|transportation|fax|ext\b|extension|counseling|library|center|department|dept|county|city|police|non-emergency|emergency|reception|tip line|info line|registration|enrollment|ms|hs|elementary)\b/i;
const OWN = /\b(call me|text me|my (cell|number|phone|line)|reach me|me at)\b/i;

const scanner: Scanner = {
  id: 'phone-number',
  scan(chunk) {
    return charMatches(chunk, PHONE)
      .filter((m) => !INSTITUTION.test(`${m.before} ${m.after.slice(0, 25)}`) && !OWN.test(m.before.slice(-25)))
      .map((m) => {
        const text = chunk.text.slice(m.start, m.end);
        return {
          start: m.start,
          end: m.end,
          message: `"${text}" looks like someone's personal phone number. Students', families' and staff members' contact details are confidential.`,
          fix: { label: 'Mask the number', replacement: maskDigits(text) },
        };
      });
  },
};

export const phoneNumber: Rule = scannerRule('phone-number', 'confidential', scanner);
