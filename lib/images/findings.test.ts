import { describe, expect, test } from 'vitest';
import type { CheckContext } from '../checker';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { imageFindings } from './findings';

const ctx = (account: CheckContext['account']): CheckContext => ({
  platform: 'instagram',
  account,
  surface: 'caption',
});
const seen = { file: 'team.jpg', faces: 4, text: '', logo: true };

describe('imageFindings', () => {
  test('people: a release-form confirmation on District accounts, a warning on personal ones', () => {
    const district = imageFindings(seen, ctx('district'), DEFAULT_SETTINGS).find((f) => f.category === 'student-image');
    const personal = imageFindings(seen, ctx('personal'), DEFAULT_SETTINGS).find((f) => f.category === 'student-image');
    expect(district).toMatchObject({ severity: 'block', clause: 'educational.student-images', rule: 'faces-in-photo' });
    expect(district?.message).toMatch(
      /^This photo shows 4 people\. If any of them are students, parental release forms must be on file\./,
    );
    expect(personal?.severity).toBe('warn');
    const one = imageFindings({ ...seen, faces: 1 }, ctx('personal'), DEFAULT_SETTINGS)[0];
    expect(one.message).toMatch(/^This photo shows 1 person\./);
  });

  test('no people, no logo, no text: no findings', () => {
    expect(
      imageFindings({ file: 'lake.jpg', faces: 0, text: '', logo: false }, ctx('district'), DEFAULT_SETTINGS),
    ).toEqual([]);
  });

  test('logo: guidance with the Community Relations contact, unless a District account has approval', () => {
    const branding = imageFindings(seen, ctx('personal'), DEFAULT_SETTINGS).find(
      (f) => f.category === 'district-branding',
    );
    expect(branding?.clause).toBe('educational.branding');
    expect(branding?.message).toContain('Community Relations Office');
    expect(branding?.message).toContain(DEFAULT_SETTINGS.contact.email);
    const approved: Settings = { ...DEFAULT_SETTINGS, images: { ...DEFAULT_SETTINGS.images, brandingApproved: true } };
    expect(imageFindings(seen, ctx('district'), approved).map((f) => f.category)).not.toContain('district-branding');
    expect(imageFindings(seen, ctx('personal'), approved).map((f) => f.category)).toContain('district-branding');
  });

  test('a category switched off gives no finding', () => {
    const off: Settings = {
      ...DEFAULT_SETTINGS,
      categories: { ...DEFAULT_SETTINGS.categories, 'student-image': { mode: 'off', override: 'acknowledge' } },
    };
    expect(imageFindings(seen, ctx('district'), off).map((f) => f.category)).toEqual(['district-branding']);
  });

  test('text read from the image goes through the text checker; findings name the image and quote the words', () => {
    const text = 'Grades for Period 3\nCastellanos, Sofia 2041268 C+ 504 plan extended time';
    const findings = imageFindings(
      { file: 'grades.png', faces: 0, text, logo: false },
      ctx('personal'),
      DEFAULT_SETTINGS,
    );
    const confidential = findings.filter((f) => f.category === 'confidential');
    expect(confidential.length).toBeGreaterThan(0);
    for (const f of confidential) {
      expect(f.message).toContain(`Text in image "grades.png" ("${text.slice(f.start, f.end)}")`);
      expect('fix' in f).toBe(false);
    }
  });
});
