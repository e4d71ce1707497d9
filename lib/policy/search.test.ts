import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from './index';
import { createPolicySearch, normalizeTerm } from './search';

const search = createPolicySearch();
const first = (query: string) => search.search(query)[0]?.clause.id;

describe('policy search', () => {
  it.each([
    ['friend', 'personal.student-connections'],
    ['friend request', 'personal.student-connections'],
    ['Friend Requests', 'personal.student-connections'],
    ['follow back', 'personal.student-connections'],
    ['logo', 'educational.branding'],
    ['district logo', 'educational.branding'],
    ['vote', 'educational.political'],
    ['levy', 'educational.political'],
    ['photos of kids', 'educational.student-images'],
    ['release form', 'educational.student-images'],
    ['retweet', 'personal.sharing-encouraged'],
    ['IEP', 'all.confidential'],
    ['student id', 'all.confidential'],
    ['abuse', 'all.mandatory-reporting'],
    ['swearing', 'all.derogatory'],
    ['phishing', 'all.phishing'],
    ['delete', 'personal.permanence'],
    ['DM', 'personal.private-capture'],
    ['new account', 'educational.notify-account'],
    ['party photos', 'all.reputation'],
  ])('"%s" puts %s first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it.each([
    ['amigo', 'personal.student-connections'],
    ['solicitud de amistad', 'personal.student-connections'],
    ['logotipo', 'educational.branding'],
    ['votar', 'educational.political'],
    ['fotos de niños', 'educational.student-images'],
    ['fotos de ninos', 'educational.student-images'],
  ])('Spanish "%s" finds %s', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('follows each keystroke: prefixes of "friend" and "logo" already find the clause', () => {
    for (const prefix of ['fri', 'frie', 'frien', 'friend'])
      expect(first(prefix), prefix).toBe('personal.student-connections');
    for (const prefix of ['lo', 'log', 'logo']) expect(first(prefix), prefix).toBe('educational.branding');
  });

  it('forgives small typos in longer words', () => {
    expect(first('phising')).toBe('all.phishing');
    expect(first('retweeet')).toBe('personal.sharing-encouraged');
  });

  it('returns nothing for empty, blank, stop-word-only or unmatched queries', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
    expect(search.search('the and of ', 5)).toEqual([]);
    expect(search.search('zzzzqqq')).toEqual([]);
  });

  it('ranks best first, respects the limit and only returns clauses of the document', () => {
    const hits = search.search('student', 5);
    expect(hits.length).toBe(5);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    const ids = new Set(DEFAULT_POLICY.sections.flatMap((s) => s.clauses.map((c) => c.id)));
    for (const hit of search.search('a')) expect(ids.has(hit.clause.id)).toBe(true);
  });

  it("searches a District's own document, with its own keywords", () => {
    const own = createPolicySearch({
      title: 'Our policy',
      language: 'en',
      revision: '',
      preamble: [],
      sections: [
        {
          id: 'staff',
          title: 'Staff',
          clauses: [
            {
              id: 'staff.mascot',
              text: 'Do not alter the mascot.',
              explanation: 'Mascot art is protected.',
              action: 'Ask.',
              keywords: ['cougar'],
              enforces: [],
            },
            {
              id: 'staff.other',
              text: 'Be kind.',
              explanation: 'Kindness.',
              action: 'Be kind.',
              keywords: [],
              enforces: [],
            },
          ],
        },
      ],
    });
    expect(own.search('cougar')[0].clause.id).toBe('staff.mascot');
    expect(own.search('cougar')[0].clause.section.title).toBe('Staff');
  });

  it('normalizes terms: case, accents, plurals, stop words', () => {
    expect(normalizeTerm('Niños')).toBe('nino');
    expect(normalizeTerm('Policies')).toBe('policy');
    expect(normalizeTerm('news')).toBe('news');
    expect(normalizeTerm('the')).toBeNull();
    expect(normalizeTerm('"IEP,"')).toBe('iep');
  });
});
