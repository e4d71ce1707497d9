/**
 * Policy: "Do not post or comment on confidential or protected information about ... its students"
 * (all.confidential). Student ID numbers: a number after a cue ("student ID 40718823", "student
 * 2019-33417"), or in the District's student ID format (settings) when the format is distinctive or
 * several appear together (a screenshot of a roster). Years ("2024-2025"), prices and scores are not IDs.
 */
import type { Rule, Scanner } from '../rule';
import { scannerRule } from '../rule';
import { charMatches, maskDigits } from '../signals/pii';

const CUE =
  /\b(student|stu|students|id|i\.d\.|sid|lunch (number|code|pin)|badge|pupil|learner)\s*(id|i\.d\.|number|no\.?|#)?\s*[:#]?\s*$/i;
const GENERIC = /(?<![\w$.,/-])(?:\d{5,10}|\d{3,4}-\d{4,6})(?![\w%/-]|[.,]\d)/g;
const YEARS = /^(19|20)\d\d-(19|20)?\d\d$/;

function hit(start: number, end: number, text: string) {
  return {
    start,
    end,
    message: `"${text}" looks like a student ID number. Student ID numbers are confidential student records.`,
    fix: { label: 'Mask the ID', replacement: maskDigits(text) },
  };
}

const scanner: Scanner = {
  id: 'student-id',
  scan(chunk, env) {
    const hits = new Map<number, ReturnType<typeof hit>>();
    for (const m of charMatches(chunk, GENERIC)) {
      if (YEARS.test(m.text) || !CUE.test(m.before)) continue;
      hits.set(m.start, hit(m.start, m.end, chunk.text.slice(m.start, m.end)));
    }
    if (env.studentId) {
      const formatted = charMatches(chunk, env.studentId).filter((m) => !YEARS.test(m.text));
      const several = formatted.length >= 2;
      for (const m of formatted) {
        const distinctive = /\D/.test(m.text);
        if (several || distinctive || CUE.test(m.before))
          hits.set(m.start, hit(m.start, m.end, chunk.text.slice(m.start, m.end)));
      }
    }
    return [...hits.values()];
  },
};

export const studentId: Rule = scannerRule('student-id', 'confidential', scanner);
