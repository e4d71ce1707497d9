/**
 * Forgiving name comparison for the roster: case, accents, extra spaces, punctuation, middle names and
 * initials, generational suffixes and common nicknames ("Bobby Lee" is "Robert Lee"). Pure.
 */
import { NICKNAMES } from './nicknames';

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Lower case, accents removed, anything but letters, digits and spaces turned into spaces. */
export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The name's words, without initials, digits and suffixes ("Robert J. Lee Jr.", "robert_lee07" -> robert, lee). */
export function nameTokens(value: string): string[] {
  return foldName(value)
    .replace(/\d+/g, ' ')
    .split(/\s+/)
    .filter((token) => token.length > 1 && !SUFFIXES.has(token));
}

/** "Hernández, Mía" (a roster's "Last, First") as "Mía Hernández". */
export function unswapComma(value: string): string {
  const parts = value.split(',');
  if (parts.length !== 2) return value;
  const [last, first] = parts.map((part) => part.trim());
  return last && first ? `${first} ${last}` : value;
}

const groups = new Map<string, number[]>();
NICKNAMES.forEach((group, index) => {
  for (const name of group) groups.set(name, [...(groups.get(name) ?? []), index]);
});

/** Same first name, or one a common nickname of the other ("bobby" and "robert", "paco" and "francisco"). */
export function sameFirstName(a: string, b: string): boolean {
  if (a === b) return true;
  const ours = groups.get(a);
  const theirs = groups.get(b);
  return !!ours && !!theirs && ours.some((group) => theirs.includes(group));
}
