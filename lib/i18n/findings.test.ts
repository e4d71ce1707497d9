import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../checker';
import { RULES } from '../checker/rules';
import { setLanguage } from '.';
import { findingMessage, fixLabel, SPANISH_FINDINGS } from './findings';

const RULE_DIR = join(__dirname, '../checker/rules');
const CONTEXT = { platform: 'x', account: 'personal', surface: 'post' } as const;

afterEach(() => setLanguage('en'));

describe('findings in Spanish', () => {
  it('has a message for every rule, including the image rules', () => {
    const ids = [...RULES.map((rule) => rule.id), 'faces-in-photo', 'logo-in-image'];
    expect(ids.filter((id) => !(id in SPANISH_FINDINGS.messages))).toEqual([]);
  });

  it('has a label for every fix a rule offers', () => {
    const labels = new Set<string>();
    for (const file of readdirSync(RULE_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      for (const m of readFileSync(join(RULE_DIR, file), 'utf8').matchAll(/label: '([^']+)'/g))
        labels.add(m[1] as string);
    }
    expect(labels.size).toBeGreaterThan(5);
    expect([...labels].filter((label) => !(label in SPANISH_FINDINGS.fixLabels))).toEqual([]);
  });

  it('shows the rule message and fix label in the UI language', () => {
    const [finding] = check('call me about student 2019-33417', CONTEXT);
    if (!finding?.fix) throw new Error('expected a student ID finding with a fix');
    expect(findingMessage(finding)).toBe(finding.message);
    setLanguage('es');
    expect(findingMessage(finding)).toMatch(/identificación de estudiante/);
    expect(fixLabel(finding.fix)).toBe('Ocultar el número de identificación');
  });

  it('keeps the photo and the words it quotes for text read from a photo', () => {
    const [finding] = check('call me about student 2019-33417', CONTEXT);
    if (!finding) throw new Error('expected a student ID finding');
    const fromImage = { ...finding, message: `Text in image "roster.png" ("2019-33417"): ${finding.message}` };
    setLanguage('es');
    expect(findingMessage(fromImage)).toMatch(/^Texto en la imagen "roster\.png" \("2019-33417"\): .*identificación/);
  });
});
