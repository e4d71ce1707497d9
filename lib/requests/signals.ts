/**
 * Student signals: what the page shows about a requester (name, handle, subtitle, bio) read against the
 * District's settings. Pure and synchronous (it runs at the moment of the click).
 *
 * Policy clause `personal.student-connections`: "Refrain from accepting current District students as
 * friends, followers, or contacts on personal social media sites."
 *
 * A school, mascot or class-year mention counts only when nothing on the profile says the person is an
 * adult connected to the school (teaches, coaches, a parent, an alum or a past class year), unless it also
 * says outright that they study there. A student e-mail address or a roster name counts in any case.
 */
import type { Settings } from '../settings/schema';
import { foldName } from './names';
import type { RosterMatcher } from './roster';

export interface Requester {
  name: string;
  handle?: string;
  /** Subtitle, bio and other profile lines, as shown. */
  details: readonly string[];
}

export type SignalKind = 'roster' | 'email' | 'school' | 'mascot' | 'class-year';

export interface Signal {
  kind: SignalKind;
  /** What was found, as the District wrote it ("Lincoln High") or as it reads ("Class of 2029"). */
  evidence: string;
  /** For school and mascot signals, the school's full name. */
  school?: string;
}

export interface YearRange {
  first: number;
  last: number;
}

export interface SignalSettings {
  schools: Settings['schools'];
  studentEmailDomains: readonly string[];
  years: YearRange;
  roster?: RosterMatcher | null;
}

/** Current students' graduation years: from settings, or this year's seniors to this year's kindergarten. */
export function currentClassYears(setting: Settings['graduationYears'], now: Date): YearRange {
  if (setting) return setting;
  // A school year starts in late summer: from July the seniors are next year's class.
  const seniors = now.getMonth() >= 6 ? now.getFullYear() + 1 : now.getFullYear();
  return { first: seniors, last: seniors + 12 };
}

export function signalSettings(settings: Settings, now: Date, roster?: RosterMatcher | null): SignalSettings {
  return {
    schools: settings.schools,
    studentEmailDomains: settings.district.studentEmailDomains,
    years: currentClassYears(settings.graduationYears, now),
    roster,
  };
}

const ADULT =
  /\b(teach(es|er|ers|ing)?|coach(es|ing)?|staff|faculty|principal|counselou?r|librarian|paraprofessional|nurse|administrator|superintendent|works? (at|for)|working at|employee|moms?|mums?|mother|dads?|father|parents?|grandma|grandpa|grandmother|grandfather|aunt|uncle|alum|alumn(a|ae|i|us)|graduated|retired|former|maestr[oa]s?|profesor(a|es)?|docente|entrenador(a)?|mama|papa|madre|padre|abuel[oa]|exalumn[oa]s?|egresad[oa])\b/;
const STUDENT =
  /\b(stud(ies|ying) (at|in)|student (at|of|in)|attends|goes to|estudia (en|de)|estudiante (de|en)|freshman|sophomore|(9|10|11|12)th grade(r)?|grade (9|10|11|12))\b/;
const CLASS_YEAR: readonly RegExp[] = [
  /\bclass of\s*['\u2019]?(\d{4}|\d{2})\b/gi,
  /\bc\/o\s*['\u2019]?(\d{4}|\d{2})\b/gi,
  /#(?:class ?of|co)?(\d{4})\b/gi,
  /#(?:classof|co)(\d{2})\b/gi,
  /\b(?:generaci[oó]n|promoci[oó]n)\s+['\u2019]?(\d{4}|\d{2})\b/gi,
];
const EMAIL = /[\p{L}\p{N}._%+-]*@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;

function fullYear(digits: string, now: YearRange): number {
  if (digits.length === 4) return Number(digits);
  const year = 2000 + Number(digits);
  return year > now.last + 10 ? year - 100 : year;
}

interface YearMention {
  text: string;
  year: number;
}

function classYears(text: string, years: YearRange): YearMention[] {
  const found: YearMention[] = [];
  for (const pattern of CLASS_YEAR) {
    for (const match of text.matchAll(pattern)) {
      found.push({ text: match[0].trim(), year: fullYear(match[1] as string, years) });
    }
  }
  return found;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word mention of `term` in folded text (case, accents and punctuation ignored). */
function mentions(folded: string, term: string): boolean {
  const word = foldName(term);
  return !!word && new RegExp(`(^| )${escapeRegExp(word)}( |$)`).test(folded);
}

function schoolSignals(folded: string, schools: SignalSettings['schools']): Signal[] {
  const found: Signal[] = [];
  for (const school of schools) {
    // The longest name that appears ("Lincoln High" rather than "Lincoln").
    const named = [school.name, ...school.aliases].sort((a, b) => b.length - a.length).find((n) => mentions(folded, n));
    if (named) found.push({ kind: 'school', evidence: named, school: school.name });
    const mascot = school.mascots.find((m) => mentions(folded, m));
    if (mascot) found.push({ kind: 'mascot', evidence: mascot, school: school.name });
  }
  return found;
}

function emailSignals(text: string, domains: readonly string[]): Signal[] {
  const wanted = domains.map((domain) => domain.trim().toLowerCase().replace(/^@/, '')).filter(Boolean);
  const found = new Set<string>();
  for (const match of text.matchAll(EMAIL)) {
    const domain = (match[1] as string).toLowerCase();
    const hit = wanted.find((w) => domain === w || domain.endsWith(`.${w}`));
    if (hit) found.add(hit);
  }
  return [...found].map((domain) => ({ kind: 'email' as const, evidence: domain }));
}

const MAX_NAME_LINE = 60;

/**
 * The roster is tried on the display name, the handle and each short line shown (Instagram puts the full
 * name under the username). A match needs the first word to be the first name, so "Followed by Robert
 * Lee" is not Robert Lee.
 */
function rosterSignal(requester: Requester, roster: RosterMatcher | null | undefined): Signal[] {
  if (!roster?.size) return [];
  const lines = requester.details.filter((line) => line.length <= MAX_NAME_LINE);
  for (const candidate of [requester.name, requester.handle ?? '', ...lines]) {
    const hit = candidate ? roster.match(candidate) : null;
    if (hit) return [{ kind: 'roster', evidence: hit }];
  }
  return [];
}

export function extractSignals(requester: Requester, settings: SignalSettings): Signal[] {
  const text = [requester.name, requester.handle ?? '', ...requester.details].join('\n');
  const folded = foldName(text);
  const plain = text.toLowerCase();
  const years = classYears(text, settings.years);
  const current = years.filter((y) => y.year >= settings.years.first && y.year <= settings.years.last);
  const past = years.some((y) => y.year < settings.years.first);
  const adult = (ADULT.test(folded) || past) && !(STUDENT.test(folded) || STUDENT.test(plain));
  const signals: Signal[] = [
    ...rosterSignal(requester, settings.roster),
    ...emailSignals(text, settings.studentEmailDomains),
  ];
  if (adult) return signals;
  signals.push(...schoolSignals(folded, settings.schools));
  const seen = new Set<string>();
  for (const mention of current) {
    if (seen.has(mention.text.toLowerCase())) continue;
    seen.add(mention.text.toLowerCase());
    signals.push({ kind: 'class-year', evidence: mention.text });
  }
  return signals;
}
