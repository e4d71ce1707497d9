// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FindingList } from './FindingList';
import type { FindingView } from './finding-view';

const view: FindingView = {
  key: 'a',
  finding: {
    category: 'confidential',
    rule: 'student-id',
    clause: 'all.confidential',
    severity: 'block',
    start: 0,
    end: 10,
    message: 'This looks like a student ID number.',
    fix: { label: 'Mask the ID', replacement: '####-#####' },
  },
  excerpt: '2019-33417',
  clause: { id: 'all.confidential', text: 'Do not post confidential information.', section: 'All use' },
};

afterEach(cleanup);

describe('FindingDetails / FindingList', () => {
  test('shows severity as text, category, message, flagged text and the quoted clause', () => {
    render(<FindingList views={[view]} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent?.trim()).toBe('Must fix: Confidential information');
    expect(screen.getByText('This looks like a student ID number.')).toBeTruthy();
    expect(screen.getByText('2019-33417')).toBeTruthy();
    expect(screen.getByText('Do not post confidential information.').tagName).toBe('BLOCKQUOTE');
    expect(screen.queryByRole('button')).toBeNull();
    // The quoted clause is marked with the policy's own language (it is not translated with the UI).
    cleanup();
    render(<FindingList views={[{ ...view, clause: { ...view.clause, language: 'es' } as FindingView['clause'] }]} />);
    expect(screen.getByText('Do not post confidential information.').getAttribute('lang')).toBe('es');
  });

  test('a clause shared by several findings is quoted once, then referred to', () => {
    render(<FindingList views={[view, { ...view, key: 'b' }]} />);
    expect(screen.getAllByText('Do not post confidential information.')).toHaveLength(1);
    expect(screen.getByText(/the clause quoted above \(all.confidential\)/)).toBeTruthy();
  });

  test('offers the fix only when the caller can apply it', () => {
    const onFix = vi.fn();
    render(
      <FindingList views={[view, { ...view, key: 'b', finding: { ...view.finding, fix: undefined } }]} onFix={onFix} />,
    );
    const buttons = screen.getAllByRole('button', { name: 'Mask the ID' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]);
    expect(onFix).toHaveBeenCalledWith(view);
  });

  test("renders the caller's extra actions for each finding and labels the list", () => {
    const onAction = vi.fn();
    render(
      <FindingList
        views={[view, { ...view, key: 'b' }]}
        label="Findings"
        actions={(v) => (
          <button type="button" onClick={() => onAction(v.key)}>
            Not a problem
          </button>
        )}
      />,
    );
    expect(screen.getByRole('list', { name: 'Findings' })).toBeTruthy();
    const buttons = screen.getAllByRole('button', { name: 'Not a problem' });
    expect(buttons).toHaveLength(2);
    fireEvent.click(buttons[1]);
    expect(onAction).toHaveBeenCalledWith('b');
    const article = document.querySelector<HTMLElement>('.pf-finding');
    expect({ ...article?.dataset }).toEqual({
      category: 'confidential',
      rule: 'student-id',
      clause: 'all.confidential',
      severity: 'block',
      start: '0',
      end: '10',
    });
  });
});
