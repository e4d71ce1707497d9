import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { Settings } from '../settings/schema';
import { RosterMatcher } from './roster';
import { currentClassYears, extractSignals, type Requester, type SignalKind, signalSettings } from './signals';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  schools: [
    { name: 'Lincoln High School', aliases: ['Lincoln High', 'LHS'], mascots: ['Lynx'] },
    { name: 'Cedar Valley Middle School', aliases: ['CVMS'], mascots: ['Cubs'] },
  ],
  graduationYears: null,
};
// Late November 2026: this year's seniors are the class of 2027, kindergarten the class of 2039.
const NOW = new Date(2026, 10, 29);
const context = signalSettings(settings, NOW, new RosterMatcher(['Mía Hernández', 'Robert Lee']));

function kinds(details: string[], name = 'Sam Doe', handle?: string): SignalKind[] {
  const requester: Requester = { name, handle, details };
  return extractSignals(requester, context).map((signal) => signal.kind);
}

describe('class years that mean a current student', () => {
  it('follows the calendar, or the District setting', () => {
    expect(currentClassYears(null, new Date(2026, 10, 1))).toEqual({ first: 2027, last: 2039 });
    expect(currentClassYears(null, new Date(2026, 2, 1))).toEqual({ first: 2026, last: 2038 });
    expect(currentClassYears({ first: 2025, last: 2030 }, NOW)).toEqual({ first: 2025, last: 2030 });
  });
});

describe('extractSignals: flags', () => {
  it.each([
    [['Studies at Lincoln High'], ['school']],
    [
      ['Lincoln High', 'Class of 2029'],
      ['school', 'class-year'],
    ],
    [['c/o \u201930 \u2728'], ['class-year']],
    [["c/o '30"], ['class-year']],
    [['soccer #2028'], ['class-year']],
    [['#classof2031 go team'], ['class-year']],
    [['LHS junior varsity'], ['school']],
    [['Go Lynx!'], ['mascot']],
    [['estudia en Lincoln High, generación 2030'], ['school', 'class-year']],
    [['reach me: sam.doe@students.cedarvalley.example'], ['email']],
  ] as const)('%j -> %j', (details, expected) => {
    expect(kinds([...details])).toEqual(expected);
  });

  it('names the evidence as shown, the longest school name and the school for a mascot', () => {
    const found = extractSignals(
      { name: 'Ana Ruiz', details: ['Lincoln High School \u00b7 Class of 2029 \u00b7 Lynx'] },
      context,
    );
    expect(found).toEqual([
      { kind: 'school', evidence: 'Lincoln High School', school: 'Lincoln High School' },
      { kind: 'mascot', evidence: 'Lynx', school: 'Lincoln High School' },
      { kind: 'class-year', evidence: 'Class of 2029' },
    ]);
  });

  it('matches the roster by display name or handle, forgivingly', () => {
    expect(kinds([], 'Mia  Hernandez')).toEqual(['roster']);
    expect(kinds([], 'Bobby Lee')).toEqual(['roster']);
    expect(kinds([], 'Some One', 'mia_hernandez09')).toEqual(['roster']);
    expect(kinds(['Mia  Hernandez'], 'miahz', 'miahz')).toEqual(['roster']);
    expect(kinds(['Followed by Robert Lee and 3 others'], 'sam.o')).toEqual([]);
    expect(extractSignals({ name: 'MIA hernández \ud83c\udf38', details: [] }, context)[0]?.evidence).toBe(
      'Mía Hernández',
    );
  });

  it('an explicit "studies at" wins over adult words elsewhere', () => {
    expect(kinds(['Studies at Lincoln High', 'My mom is the best'])).toEqual(['school']);
  });
});

describe('extractSignals: hard negatives (no signal)', () => {
  it.each([
    ['an alum', ['Lincoln High Class of 1998']],
    ['an alum with a short year', ["Lincoln High c/o '98"]],
    ['a colleague', ['Teaches at Lincoln High']],
    ['a coach', ['Coach at Lincoln High \u00b7 Go Lynx']],
    ['a parent', ['Proud Lincoln High mom']],
    ['a parent of a current student', ['Proud dad of a Class of 2029 Lincoln High kid']],
    ['a Spanish-speaking parent', ['Mamá orgullosa de Lincoln High']],
    ['someone elsewhere', ['Studies at Roosevelt Academy', 'Class of 2019']],
    ['a future year outside the range', ['Class of 2050']],
    ['a year that is not a class year', ['Est. 2029 goals', 'born 2012']],
    ['a word that only contains a school alias', ['Lincolnshire', 'LHSx']],
    ['another domain', ['sam@cedarvalley.example', 'sam@students.elsewhere.example']],
  ])('%s', (_label, details) => {
    expect(kinds([...details])).toEqual([]);
  });

  it('no roster, no roster signal; other names do not match', () => {
    const noRoster = signalSettings(settings, NOW, null);
    expect(extractSignals({ name: 'Robert Lee', details: [] }, noRoster)).toEqual([]);
    expect(kinds([], 'Robert Leeds')).toEqual([]);
    expect(kinds([], 'Mia')).toEqual([]);
    expect(kinds([], 'Roberta Lee')).toEqual([]);
  });

  it('the student e-mail domain still counts on an adult profile', () => {
    expect(kinds(['Proud Lincoln High mom', 'kid: sam@students.cedarvalley.example'])).toEqual(['email']);
  });
});
