/**
 * The acceptance lines of the image issue, on ../shared/fixtures/images (expected outcomes in its
 * SOURCES.md), run through the CLI's own analysis code with the real models: face-api SSD + tiny,
 * tesseract.js with the packaged English data, and the logo matcher with the shipped sample logo.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeFile } from '../../lib/images/node/cli';
import { nodeEngine } from '../../lib/images/node/engine';
import type { ImageAnalysis } from '../../lib/images/types';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const ROOT = resolve('..', 'shared', 'fixtures', 'images');
const files = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(ROOT, d.name)).map((f) => `${d.name}/${f}`))
  .sort();
const results = new Map<string, ImageAnalysis>();

beforeAll(async () => {
  for (const file of files) {
    results.set(
      file,
      await analyzeFile({
        file: join(ROOT, file),
        context: { platform: 'instagram', account: 'district', surface: 'caption' },
        settings: DEFAULT_SETTINGS,
        logos: [],
      }),
    );
  }
}, 600_000);
afterAll(() => nodeEngine.close());

const result = (file: string) => {
  const r = results.get(file);
  if (!r) throw new Error(`no result for ${file}`);
  return r;
};

/** SOURCES.md: images with a visible face, and about how many (null: more than 6, count not judged). */
const FACES: Record<string, number | null> = {
  'faces-adults/astronaut_eileen_collins.jpg': 1,
  'faces-adults/cameraman_profile.jpg': 1,
  'faces-adults/kodak_woman_red_hat.jpg': 1,
  'faces-adults/kodak_woman_standing_small_face.jpg': 1,
  'faces-adults/woman_portrait.jpg': 1,
  'faces-children/baby_smiling.jpg': 1,
  'faces-children/classroom_tanzania_students.jpg': null,
  'faces-children/kodak_girl_face_paint.jpg': 1,
  'groups/faceapi_six_women_stairs.jpg': 6,
  'groups/faceapi_three_women.jpg': 3,
  'groups/kodak_rafting_with_children.jpg': null,
  'logo/logo_group_meeting.jpg': 5,
};

/** SOURCES.md, Logo column. */
const LOGO = new Set([
  'logo/cedar_valley_logo.png',
  'logo/cedar_valley_emblem.png',
  'logo/logo_banner_building.jpg',
  'logo/logo_group_meeting.jpg',
  'text/gradebook_screenshot.png',
]);

/** SOURCES.md, key text of every image in text/ (as OCR reads it, case-insensitive). */
const KEY_TEXT: Record<string, RegExp[]> = {
  'text/gradebook_screenshot.png': [/Algebra/, /2041187/, /2041282/, /504 plan/, /FERPA/, /Parent conference/],
  'text/class_roster.png': [/Class Roster/, /3300412/, /Okafor/, /555-01\d\d/, /Peanut allergy/, /Custody order/],
  'text/bake_sale_flyer.png': [/BAKE SALE/, /Friday 3pm/, /School gym/, /library book fund/],
  'text/tesseract_testocr.png': [/12 point text/, /quick brown dog jumped over the lazy fox/],
  'text/tesseract_bank_statement.png': [/FIRST CHEQUING/, /Line of Credit/, /100,000\.00/, /Interac/],
  'text/skimage_scanned_page.png': [/segmentation/, /markers of the coins/],
};

test('the fixture set is there (30 images)', () => {
  expect(files.length).toBe(30);
  for (const file of files) expect(result(file).error, file).toBeUndefined();
});

describe('faces', () => {
  test.each(Object.entries(FACES))('%s: a face is found (within 1 of the count up to 6)', (file, expected) => {
    const { faces } = result(file);
    expect(faces).toBeGreaterThan(0);
    if (expected !== null) expect(Math.abs(faces - expected)).toBeLessThanOrEqual(1);
  });

  test('no face where none is visible: helmets, landscapes, objects, screenshots, logos', () => {
    const none = files.filter((f) => !(f in FACES));
    expect(none).toContain('groups/kodak_motocross_helmets.jpg');
    expect(none.map((f) => [f, result(f).faces])).toEqual(none.map((f) => [f, 0]));
  });

  test('photos with people get the release-form finding; no-people photos get no finding at all', () => {
    for (const file of Object.keys(FACES)) {
      const finding = result(file).findings.find((f) => f.category === 'student-image');
      expect(finding?.message, file).toMatch(/^This photo shows \d+ (people|person)\. If any of them are students/);
      expect(finding?.clause).toBe('educational.student-images');
    }
    for (const file of files.filter((f) => f.startsWith('no-people/'))) {
      expect([file, result(file).findings]).toEqual([file, []]);
    }
  });
});

describe('text in images', () => {
  test.each(Object.entries(KEY_TEXT))('%s: OCR yields the key text', (file, patterns) => {
    const { text } = result(file);
    for (const pattern of patterns) expect(text.replace(/\s+/g, ' ')).toMatch(new RegExp(pattern.source, 'i'));
  });

  test('the gradebook yields a confidential finding that names the image and quotes the words', () => {
    const { findings, text } = result('text/gradebook_screenshot.png');
    const confidential = findings.filter((f) => f.category === 'confidential');
    expect(confidential.length).toBeGreaterThan(0);
    for (const f of confidential) {
      expect(f.message).toContain('"gradebook_screenshot.png"');
      expect(f.message).toContain(`("${text.slice(f.start, f.end).replace(/\s+/g, ' ')}")`);
    }
  });

  test('photos and graphics without text yield no text (noise is dropped)', () => {
    const wordless = files.filter((f) => f.startsWith('no-people/') || f.startsWith('faces-'));
    expect(wordless.map((f) => [f, result(f).text])).toEqual(wordless.map((f) => [f, '']));
  });
});

describe('District logo', () => {
  test('found in exactly the images whose Logo column says so, and not in the other organisation’s logo', () => {
    expect(files.filter((f) => result(f).logo).sort()).toEqual([...LOGO].sort());
    expect(result('logo/other_logo_tesseract.png').logo).toBe(false);
  });

  test('a logo found gives the Community Relations guidance', () => {
    const finding = result('logo/logo_group_meeting.jpg').findings.find((f) => f.category === 'district-branding');
    expect(finding?.clause).toBe('educational.branding');
    expect(finding?.message).toMatch(/approval from the Community Relations Office/);
  });
});
