/**
 * Policy: "Do not post or comment on confidential or protected information about ... its students ...
 * or employees" (all.confidential). Social Security numbers, always.
 */
import type { Rule, Scanner } from '../rule';
import { scannerRule } from '../rule';
import { charMatches, maskDigits } from '../signals/pii';

const SSN = /(?<![\w-])(?:\d{3}-\d{2}-\d{4}|(?<=\b(?:ssn|social security(?: number)?|ss#)\s*[:#]?\s*)\d{9})(?![\w-])/gi;

const scanner: Scanner = {
  id: 'ssn',
  scan(chunk) {
    return charMatches(chunk, SSN).map((m) => {
      const text = chunk.text.slice(m.start, m.end);
      return {
        start: m.start,
        end: m.end,
        message: `"${text}" looks like a Social Security number. It must never be posted.`,
        fix: { label: 'Mask the number', replacement: maskDigits(text) },
      };
    });
  },
};

export const ssn: Rule = scannerRule('ssn', 'confidential', scanner);
