import { describe, expect, it } from 'vitest';
import { OTHER_STUDENTS } from '../../tests/data/roster/names';
import { foldName, nameTokens, sameFirstName } from './names';
import { parseRoster, RosterMatcher } from './roster';

const THIRTY = ['name', 'Mía Hernández', 'Robert Lee', ...OTHER_STUDENTS].join('\n');

describe('parseRoster', () => {
  it('imports a 30-name CSV with a header', () => {
    const result = parseRoster(THIRTY);
    expect(result.names).toHaveLength(30);
    expect(result.problems).toEqual([]);
  });

  it('reports malformed rows by line and imports the rest', () => {
    const csv = [
      'first name,last name,grade',
      'Mía,Hernández,9',
      'Robert,Lee,10',
      '',
      'Cher,,11',
      '"Broken,Quote,9',
      'Ana,Ruiz',
      'R2,D2,9',
      'Tomás ,  Ortega ,12',
      'x',
    ].join('\r\n');
    const result = parseRoster(csv);
    expect(result.names).toEqual(['Mía Hernández', 'Robert Lee', 'Ana Ruiz', 'Tomás Ortega']);
    expect(result.problems).toEqual([
      { line: 5, reason: 'one-word' },
      { line: 6, reason: 'quotes' },
      { line: 8, reason: 'digits' },
      { line: 10, reason: 'columns' },
    ]);
  });

  it('reads headerless files: one full name, "Last, First", or two columns; skips duplicates and blanks', () => {
    const result = parseRoster('\uFEFFMía Hernández\n"Lee, Robert"\nOrtega,Tomás\nmia  hernandez\n\n1234\na,b,c,d\n');
    expect(result.names).toEqual(['Mía Hernández', 'Robert Lee', 'Tomás Ortega']);
    expect(result.problems).toEqual([
      { line: 6, reason: 'empty' },
      { line: 7, reason: 'columns' },
    ]);
  });

  it('accepts semicolon- and tab-separated files', () => {
    expect(parseRoster('Nombre;Apellidos\nMía;Hernández López').names).toEqual(['Mía Hernández López']);
    expect(parseRoster('last name\tfirst name\nLee\tRobert').names).toEqual(['Robert Lee']);
  });
});

describe('RosterMatcher', () => {
  const roster = new RosterMatcher(parseRoster(THIRTY).names);

  it.each([
    ['Mia  Hernandez', 'Mía Hernández'],
    ['mía hernández', 'Mía Hernández'],
    ['Mia R. Hernandez', 'Mía Hernández'],
    ['Bobby Lee', 'Robert Lee'],
    ['Rob Lee Jr.', 'Robert Lee'],
    ['Robert J Lee', 'Robert Lee'],
    ['Lee Robert', 'Robert Lee'],
    ['sebastian_nunez', 'Sebastián Núñez'],
    ['Zoe Mitchell (she/her)', 'Zoe Mitchell'],
  ])('%s -> %s', (candidate, expected) => {
    expect(roster.match(candidate)).toBe(expected);
  });

  it.each(['Mia', 'Mia Henderson', 'Roberta Lee', 'Lee', 'Robert Leeds', '', '\u202e\u0000'])(
    'does not match %j',
    (candidate) => {
      expect(roster.match(candidate)).toBeNull();
    },
  );

  it('matches compound surnames either way', () => {
    const compound = new RosterMatcher(['Mía Hernández López']);
    expect(compound.match('Mia Hernandez')).toBe('Mía Hernández López');
    expect(new RosterMatcher(['Mía Hernández']).match('Mía Hernández López')).toBe('Mía Hernández');
  });
});

describe('names', () => {
  it('folds case, accents and punctuation; drops initials, digits and suffixes', () => {
    expect(foldName('  MÍA   Hernández-López ')).toBe('mia hernandez lopez');
    expect(nameTokens('Robert J. Lee Jr.')).toEqual(['robert', 'lee']);
    expect(nameTokens('robert_lee07')).toEqual(['robert', 'lee']);
  });

  it('knows common nicknames, not every pair of names', () => {
    expect(sameFirstName('bobby', 'robert')).toBe(true);
    expect(sameFirstName('paco', 'francisco')).toBe(true);
    expect(sameFirstName('alex', 'alexandra')).toBe(true);
    expect(sameFirstName('alexander', 'alexandra')).toBe(false);
    expect(sameFirstName('bobby', 'william')).toBe(false);
  });
});
