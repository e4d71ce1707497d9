import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy';
import { policyFileName, validatePolicyText } from './policy-import';

describe('validatePolicyText', () => {
  it('accepts the shipped policy, with every category tagged', () => {
    const result = validatePolicyText(JSON.stringify(DEFAULT_POLICY));
    expect(result.ok && result.untagged).toEqual([]);
  });

  it('lists categories no clause of a District document is tagged for', () => {
    const doc = {
      title: 'Our rules',
      sections: [
        {
          id: 'all',
          title: 'All',
          clauses: [{ id: 'all.swearing', text: 'T', explanation: 'E', action: 'A', enforces: ['derogatory'] }],
        },
      ],
    };
    const result = validatePolicyText(JSON.stringify(doc));
    expect(result.ok).toBe(true);
    expect(result.ok && result.untagged).toContain('political');
    expect(result.ok && result.untagged).not.toContain('derogatory');
  });

  it('reports malformed JSON and schema problems with their paths', () => {
    expect(validatePolicyText('{"title":')).toMatchObject({ ok: false, kind: 'json' });
    const bad = validatePolicyText(
      JSON.stringify({
        title: 'x',
        sections: [{ id: 'all', title: 'All', clauses: [{ id: 'Bad Id', text: '', explanation: 'e', action: 'a' }] }],
      }),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.kind).toBe('invalid');
    expect(bad.errors.some((e) => e.startsWith('sections.0.clauses.0.id:'))).toBe(true);
    expect(bad.errors.some((e) => e.startsWith('sections.0.clauses.0.text:'))).toBe(true);
  });

  it('reports duplicate clause ids', () => {
    const clause = { id: 'all.one', text: 't', explanation: 'e', action: 'a' };
    const result = validatePolicyText(
      JSON.stringify({ title: 'x', sections: [{ id: 'all', title: 'A', clauses: [clause, clause] }] }),
    );
    expect(!result.ok && result.errors.join()).toMatch(/all\.one/);
  });

  it('names the download after the title', () => {
    expect(policyFileName(DEFAULT_POLICY)).toBe('employee-use-of-social-media.json');
  });
});
