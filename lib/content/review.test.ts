import { describe, expect, test } from 'vitest';
import type { Finding } from '../checker/types';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { decisionEntry, dismissPosts, holdingFindings, overrideNeed, reviewNeeds } from './review';

const finding = (category: Finding['category'], severity: Finding['severity'], rule: string = category): Finding => ({
  category,
  rule,
  clause: 'all.x',
  severity,
  start: 0,
  end: 4,
  message: 'm',
});

describe('review decisions', () => {
  test('notes never hold a post; warnings and blocks do', () => {
    const all = [finding('derogatory', 'info'), finding('derogatory', 'warn'), finding('confidential', 'block')];
    expect(holdingFindings(all).map((f) => f.severity)).toEqual(['warn', 'block']);
  });

  test('the strictest override requirement among the findings wins', () => {
    expect(overrideNeed([], DEFAULT_SETTINGS)).toBe('none');
    expect(overrideNeed([finding('derogatory', 'warn')], DEFAULT_SETTINGS)).toBe('acknowledge');
    expect(overrideNeed([finding('derogatory', 'warn'), finding('confidential', 'block')], DEFAULT_SETTINGS)).toBe(
      'reason',
    );
    const strict = {
      categories: {
        ...DEFAULT_SETTINGS.categories,
        confidential: { mode: 'block' as const, override: 'not-allowed' as const },
      },
    };
    expect(overrideNeed([finding('derogatory', 'warn'), finding('confidential', 'block')], strict)).toBe('not-allowed');
    expect(overrideNeed([finding('confidential', 'info')], strict)).toBe('none');
  });

  test('"Not a problem" posts only when nothing more is required', () => {
    expect(dismissPosts('acknowledge', undefined)).toBe(true);
    expect(dismissPosts('reason', undefined)).toBe(false);
    expect(dismissPosts('reason', 'checked with the office')).toBe(true);
    expect(dismissPosts('not-allowed', 'anything')).toBe(false);
  });

  test('log entries hold rule ids, categories and time, never text', () => {
    const entry = decisionEntry(
      'override',
      'x',
      'district',
      [finding('derogatory', 'warn', 'profanity'), finding('derogatory', 'warn', 'profanity')],
      undefined,
      5,
    );
    expect(entry).toEqual({
      time: 5,
      kind: 'override',
      platform: 'x',
      account: 'district',
      categories: ['derogatory'],
      rules: ['profanity'],
    });
  });

  test('a photo of people: the release confirmation, required on District accounts, replaces the acknowledgement', () => {
    const people = finding('student-image' as Finding['category'], 'block', 'faces-in-photo');
    expect(reviewNeeds([people], DEFAULT_SETTINGS, true)).toEqual({ need: 'none', release: 'required' });
    expect(reviewNeeds([people], DEFAULT_SETTINGS, false)).toEqual({ need: 'none', release: 'optional' });
    expect(reviewNeeds([people, finding('confidential', 'block')], DEFAULT_SETTINGS, false)).toEqual({
      need: 'reason',
      release: 'optional',
    });
    expect(reviewNeeds([finding('derogatory', 'warn')], DEFAULT_SETTINGS, true)).toEqual({ need: 'acknowledge' });
    // A District that asks for a reason for such photos still gets one.
    const strict = {
      categories: { ...DEFAULT_SETTINGS.categories, 'student-image': { mode: 'block', override: 'reason' } as const },
    };
    expect(reviewNeeds([people], strict, true)).toEqual({ need: 'reason', release: 'required' });
  });
});
