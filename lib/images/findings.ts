/** Findings for one analysed image: people, the District logo, and the text rules on the words read. */
import { type CheckContext, check } from '../checker';
import { clauseForCategory } from '../policy';
import type { Settings } from '../settings';
import type { ImageCategory, ImageFinding } from './types';

export interface Observed {
  file: string;
  faces: number;
  text: string;
  logo: boolean;
}

function clause(category: ImageCategory, settings: Settings): string {
  return clauseForCategory(category, settings.policy ?? undefined).id;
}

export function studentImageMessage(people: number): string {
  const who = people === 1 ? '1 person' : `${people} people`;
  return `This photo shows ${who}. If any of them are students, parental release forms must be on file.`;
}

export function imageFindings(seen: Observed, context: CheckContext, settings: Settings): ImageFinding[] {
  const findings: ImageFinding[] = [];
  const district = context.account === 'district';
  const people = settings.categories['student-image'];
  if (seen.faces > 0 && people.mode !== 'off') {
    findings.push({
      category: 'student-image',
      rule: 'faces-in-photo',
      clause: clause('student-image', settings),
      // On District accounts the release-form confirmation is required; on personal ones it is a warning.
      severity: district ? 'block' : 'warn',
      start: 0,
      end: 0,
      message: `${studentImageMessage(seen.faces)} (${seen.file})`,
    });
  }
  const branding = settings.categories['district-branding'];
  if (seen.logo && branding.mode !== 'off' && (!district || !settings.images.brandingApproved)) {
    const { office, email, phone } = settings.contact;
    const reach = [email, phone].filter(Boolean).join(', ');
    findings.push({
      category: 'district-branding',
      rule: 'logo-in-image',
      clause: clause('district-branding', settings),
      severity: branding.mode === 'block' ? 'block' : 'warn',
      start: 0,
      end: 0,
      message:
        `"${seen.file}" shows the ${settings.district.name} logo. Using the District logo or branding needs ` +
        `approval from the ${office} first${reach ? ` (${reach})` : ''}; get approval or remove the logo.`,
    });
  }
  if (seen.text) {
    for (const f of check(seen.text, context, settings)) {
      const { fix: _fix, ...rest } = f;
      const quote = seen.text.slice(f.start, f.end).replace(/\s+/g, ' ');
      findings.push({ ...rest, message: `Text in image "${seen.file}" ("${quote}"): ${f.message}` });
    }
  }
  return findings;
}
