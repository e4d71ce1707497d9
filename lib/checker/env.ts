/**
 * Settings compiled into matchers once per settings object (WeakMap), so a check does no setup work.
 * This is where the District's vocabulary enters: district and school names, mascots, official
 * handles, student ID formats and the allowlist.
 */
import type { CheckerSettings } from './types';

export interface Env {
  /** Distinct per compiled settings: part of every per-chunk memo key. */
  id: number;
  settings: CheckerSettings;
  /** Student ID formats as one global regex over normalized text (null when none). */
  studentId: RegExp | null;
  /** District and school names, aliases and mascots, lowercase, for the canonical text. */
  districtWords: string[];
  schoolWords: string[];
  mascots: string[];
  handles: string[];
  /** Allowlisted words and phrases, lowercase. */
  allow: string[];
}

const compiled = new WeakMap<CheckerSettings, Env>();
let nextId = 1;

const lower = (list: readonly string[]) => list.map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0);

export function compileEnv(settings: CheckerSettings): Env {
  const hit = compiled.get(settings);
  if (hit) return hit;
  let studentId: RegExp | null = null;
  const formats = settings.studentIdFormats.filter((f) => {
    try {
      new RegExp(f, 'u');
      return true;
    } catch {
      return false;
    }
  });
  if (formats.length > 0) studentId = new RegExp(`(?<![\\w-])(?:${formats.join('|')})(?![\\w-])`, 'gu');
  const env: Env = {
    id: nextId++,
    settings,
    studentId,
    districtWords: lower([settings.district.name, ...settings.district.aliases]),
    schoolWords: lower(settings.schools.flatMap((s) => [s.name, ...s.aliases])),
    mascots: lower(settings.schools.flatMap((s) => s.mascots)),
    handles: lower([...settings.accounts.x, ...settings.accounts.facebook, ...settings.accounts.instagram]).map((h) =>
      h.replace(/^@/, ''),
    ),
    allow: lower(settings.allowlist),
  };
  compiled.set(settings, env);
  return env;
}
