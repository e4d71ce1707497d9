// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { check } from '@/lib/checker';
import { setLanguage } from '@/lib/i18n';
import { decisionLog } from '@/lib/log';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { CheckText } from './CheckText';
import { highlightRuns } from './highlight';

const SAMPLE = 'You are a f***ing idiot';

// The component loads the checker lazily; have the module fully evaluated first (as in the popup, where
// it loads while the employee reads the policy tab).
beforeAll(async () => {
  await import('@/lib/checker');
});
beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('en');
});
afterEach(cleanup);

/** Wait for the lazily loaded checker, then type a draft. */
async function typeDraft(value: string) {
  await waitFor(() => expect(document.querySelector('[data-checker="ready"]')).not.toBeNull(), { timeout: 10_000 });
  fireEvent.input(screen.getByLabelText('Paste or type a draft'), { target: { value } });
}

function shownFindings() {
  return [...document.querySelectorAll<HTMLElement>('.pf-finding')].map((li) => ({
    category: li.dataset.category,
    rule: li.dataset.rule,
    clause: li.dataset.clause,
    severity: li.dataset.severity,
    start: Number(li.dataset.start),
    end: Number(li.dataset.end),
  }));
}

describe('CheckText', () => {
  it('shows the findings of a draft typed before the checker has loaded, once it has', async () => {
    render(<CheckText settings={DEFAULT_SETTINGS} />);
    fireEvent.input(screen.getByLabelText('Paste or type a draft'), { target: { value: SAMPLE } });
    await waitFor(() => expect(shownFindings().length).toBe(2), { timeout: 15_000 });
  });

  it('shows exactly what check() finds for the chosen context, quoting the clause', async () => {
    render(<CheckText settings={DEFAULT_SETTINGS} />);
    await typeDraft(SAMPLE);
    const expected = check(SAMPLE, { platform: 'x', account: 'personal', surface: 'post' }, DEFAULT_SETTINGS);
    expect(expected.length).toBeGreaterThan(0);
    expect(shownFindings()).toEqual(
      expected.map(({ category, rule, clause, severity, start, end }) => ({
        category,
        rule,
        clause,
        severity,
        start,
        end,
      })),
    );
    expect(document.querySelector('.pf-finding blockquote')?.textContent).toContain('derogatory');
    expect(screen.getByRole('status').textContent).toMatch(/2 findings/);
  });

  it('says so when the draft is clean', async () => {
    render(<CheckText settings={DEFAULT_SETTINGS} />);
    await typeDraft('Picture day is tomorrow!');
    expect(shownFindings()).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain('No problems found.');
  });

  it('re-checks with the settings it is given (a category turned off is not shown)', async () => {
    const off = {
      ...DEFAULT_SETTINGS,
      categories: {
        ...DEFAULT_SETTINGS.categories,
        derogatory: { mode: 'off' as const, override: 'acknowledge' as const },
      },
    };
    render(<CheckText settings={off} />);
    await typeDraft(SAMPLE);
    expect(shownFindings()).toEqual([]);
  });

  it('"Not a problem" hides the finding and logs rule ids and time, never the text', async () => {
    render(<CheckText settings={DEFAULT_SETTINGS} />);
    await typeDraft(SAMPLE);
    const before = shownFindings().length;
    fireEvent.click(screen.getAllByRole('button', { name: 'Not a problem' })[0]);
    expect(shownFindings().length).toBe(before - 1);
    await waitFor(async () => expect(await decisionLog.getValue()).toHaveLength(1));
    const [entry] = await decisionLog.getValue();
    expect(entry).toMatchObject({
      kind: 'false-positive',
      platform: 'popup',
      account: 'personal',
      categories: ['derogatory'],
    });
    expect(JSON.stringify(entry)).not.toMatch(/idiot|f\*\*\*ing/);
  });
});

describe('highlightRuns', () => {
  it('splits text into plain and flagged runs, worst severity winning where findings overlap', () => {
    const base = { category: 'derogatory' as const, rule: 'r', clause: 'c', message: 'm' };
    const runs = highlightRuns('abcdefgh', [
      { ...base, severity: 'warn', start: 1, end: 5 },
      { ...base, severity: 'block', start: 3, end: 6 },
    ]);
    expect(runs).toEqual([
      { text: 'a', start: 0, severity: null },
      { text: 'bc', start: 1, severity: 'warn' },
      { text: 'def', start: 3, severity: 'block' },
      { text: 'gh', start: 6, severity: null },
    ]);
    expect(highlightRuns('', [])).toEqual([]);
    expect(highlightRuns('abc', [{ ...base, severity: 'info', start: 2, end: 99 }]).map((r) => r.text)).toEqual([
      'ab',
      'c',
    ]);
  });
});
