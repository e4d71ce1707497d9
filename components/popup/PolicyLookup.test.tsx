// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { DEFAULT_POLICY } from '@/lib/policy';
import { createPolicySearch } from '@/lib/policy/search';
import { PolicyLookup } from './PolicyLookup';

beforeEach(() => setLanguage('en'));
afterEach(cleanup);

const cardIds = () =>
  [...document.querySelectorAll<HTMLElement>('#policy-results [data-clause-id]')].map((el) => el.dataset.clauseId);

describe('PolicyLookup results', () => {
  it('shows the best matches in search order, then every match after "Show all"', async () => {
    const query = 'post';
    const hits = createPolicySearch(DEFAULT_POLICY).search(query);
    expect(hits.length).toBeGreaterThan(5);
    render(<PolicyLookup policy={DEFAULT_POLICY} />);
    fireEvent.input(screen.getByLabelText('Search the social media policy'), { target: { value: query } });
    // The cards below the fold follow the keystroke's own frame.
    await waitFor(() => expect(cardIds()).toEqual(hits.slice(0, 5).map((hit) => hit.clause.id)));
    fireEvent.click(screen.getByRole('button', { name: `Show all ${hits.length} matching clauses` }));
    await waitFor(() => expect(cardIds()).toEqual(hits.map((hit) => hit.clause.id)));
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('offers no "Show all" when every match is already shown', async () => {
    const query = 'logo';
    const hits = createPolicySearch(DEFAULT_POLICY).search(query);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(5);
    render(<PolicyLookup policy={DEFAULT_POLICY} />);
    fireEvent.input(screen.getByLabelText('Search the social media policy'), { target: { value: query } });
    await waitFor(() => expect(cardIds()).toEqual(hits.map((hit) => hit.clause.id)));
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });
});
