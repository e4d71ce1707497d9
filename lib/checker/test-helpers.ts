/** Table-driven helpers for rule tests: each rule's test lists what it flags and what it allows. */
import { expect } from 'vitest';
import { check } from './index';
import type { CheckContext, Finding } from './types';

export const PERSONAL: CheckContext = { platform: 'x', account: 'personal', surface: 'post' };
export const DISTRICT: CheckContext = { platform: 'facebook', account: 'district', surface: 'post' };

export interface Case {
  text: string;
  /** Text of the span the rule must mark (defaults to any span). */
  span?: string;
  context?: CheckContext;
}

export function findingsOf(rule: string, text: string, context: CheckContext = PERSONAL): Finding[] {
  return check(text, context).filter((f) => f.rule === rule);
}

export function expectFlags(rule: string, c: Case): void {
  const found = findingsOf(rule, c.text, c.context);
  expect(found.length, `${rule} should flag: ${c.text}`).toBeGreaterThan(0);
  if (c.span) expect(found.map((f) => c.text.slice(f.start, f.end))).toContain(c.span);
}

export function expectAllows(rule: string, c: Case): void {
  const found = findingsOf(rule, c.text, c.context).map((f) => c.text.slice(f.start, f.end));
  expect(found, `${rule} should allow: ${c.text}`).toEqual([]);
}
