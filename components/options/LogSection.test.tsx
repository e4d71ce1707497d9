// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/lib/i18n';
import { type DecisionLogEntry, decisionLog } from '@/lib/log';
import { decisionsToCsv } from './decision-csv';
import { LogSection } from './LogSection';

const entry: DecisionLogEntry = {
  time: Date.UTC(2025, 0, 2, 3, 4, 5),
  kind: 'override',
  platform: 'x',
  account: 'personal',
  categories: ['derogatory', 'confidential'],
  rules: ['insult', 'student-id'],
  reason: 'Quoting, "as asked", by the principal',
};

beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('en');
});
afterEach(cleanup);

describe('decisionsToCsv', () => {
  it('writes a header and one quoted row per decision', () => {
    const csv = decisionsToCsv([entry]);
    expect(csv.split('\r\n')).toEqual([
      'time,kind,platform,account,categories,rules,reason',
      '2025-01-02T03:04:05.000Z,override,x,personal,derogatory;confidential,insult;student-id,"Quoting, ""as asked"", by the principal"',
      '',
    ]);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = decisionsToCsv([{ ...entry, reason: '=HYPERLINK("http://evil")' }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});

describe('LogSection', () => {
  it('lists logged decisions in words', async () => {
    await decisionLog.setValue([entry]);
    render(<LogSection />);
    await waitFor(() => expect(screen.getByTestId('log-count').textContent).toBe('1 decision recorded.'));
    const row = document.querySelector('tbody tr')?.textContent ?? '';
    expect(row).toContain('Posted anyway');
    expect(row).toContain('X, Personal account');
    expect(row).toContain('Derogatory or threatening language, Confidential information');
    expect(row).toContain('insult, student-id');
  });

  it('follows changes to the log while open', async () => {
    render(<LogSection />);
    await waitFor(() => expect(screen.getByTestId('log-count').textContent).toBe('0 decisions recorded.'));
    await decisionLog.setValue([{ ...entry, kind: 'false-positive', platform: 'popup' }]);
    await waitFor(() => expect(screen.getByTestId('log-count').textContent).toBe('1 decision recorded.'));
    expect(document.querySelector('tbody tr')?.textContent).toContain('Popup check');
  });
});
