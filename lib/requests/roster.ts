/**
 * The optional student roster an employee imports: a CSV of names, parsed with papaparse one line at a
 * time (so one broken line is reported by its number and the others still import), and a matcher that
 * finds a requester's display name or handle in it forgivingly (see names.ts). Pure: storage is elsewhere.
 */
import Papa from 'papaparse';
import { foldName, nameTokens, sameFirstName, unswapComma } from './names';

export type RosterProblemReason = 'quotes' | 'columns' | 'empty' | 'one-word' | 'digits' | 'too-long';

export interface RosterProblem {
  /** 1-based line number in the file. */
  line: number;
  reason: RosterProblemReason;
}

export interface RosterImport {
  /** The names as written in the file, without duplicates. */
  names: string[];
  problems: RosterProblem[];
}

const MAX_NAME_LENGTH = 80;
const FULL = new Set(['name', 'full name', 'student', 'student name', 'nombre completo', 'nombre del estudiante']);
const FIRST = new Set(['first', 'first name', 'given name', 'firstname', 'nombre', 'nombres']);
const LAST = new Set(['last', 'last name', 'surname', 'family name', 'lastname', 'apellido', 'apellidos']);

interface Columns {
  full?: number;
  first?: number;
  last?: number;
}

/** The name columns if `cells` is a header row, else null. */
function headerColumns(cells: string[]): Columns | null {
  const folded = cells.map(foldName);
  const find = (names: Set<string>) => {
    const index = folded.findIndex((cell) => names.has(cell));
    return index < 0 ? undefined : index;
  };
  const columns = { full: find(FULL), first: find(FIRST), last: find(LAST) };
  if (columns.first !== undefined && columns.last !== undefined) return { first: columns.first, last: columns.last };
  if (columns.full !== undefined) return { full: columns.full };
  if (columns.first !== undefined) return { full: columns.first };
  return null;
}

function splitLine(line: string, delimiter: string): { cells: string[]; ok: boolean } {
  const result = Papa.parse<string[]>(line, { delimiter, skipEmptyLines: false });
  const cells = (result.data[0] ?? []).map((cell) => cell.trim());
  return { cells, ok: result.errors.length === 0 && result.data.length <= 1 };
}

/** The name a row holds, or why it holds none. */
function rowName(cells: string[], columns: Columns | null): { name: string } | { reason: RosterProblemReason } {
  let name: string;
  if (columns?.first !== undefined && columns.last !== undefined) {
    if (cells.length <= Math.max(columns.first, columns.last)) return { reason: 'columns' };
    name = `${cells[columns.first]} ${cells[columns.last]}`;
  } else if (columns?.full !== undefined) {
    if (cells.length <= columns.full) return { reason: 'columns' };
    name = unswapComma(cells[columns.full] ?? '');
  } else {
    const filled = cells.filter(Boolean);
    // Without a header: "First Last", or "Last, First" quoted or not (the matcher also tries both orders).
    if (filled.length > 2) return { reason: 'columns' };
    name = filled.length === 2 ? `${filled[1]} ${filled[0]}` : unswapComma(filled[0] ?? '');
  }
  name = name.replace(/\s+/g, ' ').trim();
  if (!name || !/\p{L}/u.test(name)) return { reason: 'empty' };
  if (/\d/.test(name)) return { reason: 'digits' };
  if (name.length > MAX_NAME_LENGTH) return { reason: 'too-long' };
  if (nameTokens(name).length < 2) return { reason: 'one-word' };
  return { name };
}

function detectDelimiter(lines: string[]): string {
  const first = lines.find((line) => line.trim()) ?? '';
  for (const candidate of ['\t', ';']) if (first.includes(candidate) && !first.includes(',')) return candidate;
  return ',';
}

export function parseRoster(csv: string): RosterImport {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const delimiter = detectDelimiter(lines);
  const names = new Map<string, string>();
  const problems: RosterProblem[] = [];
  let columns: Columns | null | undefined;
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const { cells, ok } = splitLine(line, delimiter);
    if (columns === undefined) {
      columns = headerColumns(cells);
      if (columns) return;
    }
    const row = ok ? rowName(cells, columns) : { reason: 'quotes' as const };
    if ('reason' in row) problems.push({ line: index + 1, reason: row.reason });
    else if (!names.has(foldName(row.name))) names.set(foldName(row.name), row.name);
  });
  return { names: [...names.values()], problems };
}

interface Entry {
  name: string;
  tokens: string[];
}

function matches(candidate: string[], entry: string[]): boolean {
  const [first, ...rest] = candidate;
  const [ownFirst, ...ownRest] = entry;
  if (!first || !ownFirst || !rest.length || !ownRest.length) return false;
  const lastOf = (tokens: string[]) => tokens[tokens.length - 1] as string;
  // First names agree (or one is a nickname of the other) and either one's last name is among the other's.
  if (sameFirstName(first, ownFirst) && (rest.includes(lastOf(ownRest)) || ownRest.includes(lastOf(rest)))) {
    return true;
  }
  // A two-word roster entry may have been written last name first.
  return ownRest.length === 1 && sameFirstName(first, lastOf(ownRest)) && rest.includes(ownFirst);
}

/** Finds a display name or handle in the roster; `match` returns the roster's own spelling. */
export class RosterMatcher {
  private readonly byToken = new Map<string, Entry[]>();
  readonly size: number;

  constructor(names: readonly string[]) {
    for (const name of names) {
      const entry = { name, tokens: nameTokens(unswapComma(name)) };
      if (entry.tokens.length < 2) continue;
      for (const token of new Set(entry.tokens)) this.byToken.set(token, [...(this.byToken.get(token) ?? []), entry]);
    }
    this.size = names.length;
  }

  match(candidate: string): string | null {
    const tokens = nameTokens(candidate);
    if (tokens.length < 2) return null;
    for (const token of tokens.slice(1)) {
      for (const entry of this.byToken.get(token) ?? []) if (matches(tokens, entry.tokens)) return entry.name;
    }
    return null;
  }
}
