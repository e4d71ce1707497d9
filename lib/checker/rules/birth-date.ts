/**
 * Policy: "Do not post or comment on confidential or protected information about ... its students"
 * (all.confidential). Dates of birth ("DOB 03/14/2016", "born on May 2, 2015"). Event dates are not.
 */
import type { Rule, Scanner } from '../rule';
import { scannerRule } from '../rule';
import { charMatches } from '../signals/pii';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})`;
const WITH_CUE = new RegExp(
  `\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date|born(?: on)?|birthday(?: is)?|bday)\\s*[:-]?\\s*${DATE}`,
  'gi',
);

const scanner: Scanner = {
  id: 'birth-date',
  scan(chunk) {
    return charMatches(chunk, WITH_CUE).map((m) => ({
      start: m.start,
      end: m.end,
      message: `"${chunk.text.slice(m.start, m.end)}" is a date of birth. Students' and staff members' dates of birth are confidential.`,
      fix: { label: 'Remove the date of birth', replacement: '' },
    }));
  },
};

export const birthDate: Rule = scannerRule('birth-date', 'confidential', scanner);
