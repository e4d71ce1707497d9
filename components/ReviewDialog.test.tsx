// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { FindingView } from './finding-view';
import { type OverrideNeed, ReviewDialog } from './ReviewDialog';

const view: FindingView = {
  key: '0:a',
  finding: {
    category: 'derogatory',
    rule: 'profanity',
    clause: 'all.derogatory',
    severity: 'warn',
    start: 0,
    end: 3,
    message: 'Profanity.',
  },
  excerpt: 'xyz',
};

function show(need: OverrideNeed) {
  const handlers = { onEdit: vi.fn(), onPostAnyway: vi.fn(), onNotAProblem: vi.fn(), onFix: vi.fn(), onPost: vi.fn() };
  render(
    <ReviewDialog
      views={need === 'none' ? [] : [view]}
      identity="Posting as @a (personal account)"
      need={need}
      office="Office"
      {...handlers}
    />,
  );
  return handlers;
}

afterEach(cleanup);

describe('ReviewDialog', () => {
  test('is a labelled dialog; Post anyway waits for the acknowledgement', () => {
    const handlers = show('acknowledge');
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog.getAttribute('aria-labelledby')).toBe('pf-review-title');
    const postAnyway = screen.getByRole('button', { name: 'Post anyway', hidden: true }) as HTMLButtonElement;
    expect(postAnyway.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { hidden: true }));
    expect(postAnyway.disabled).toBe(false);
    fireEvent.click(postAnyway);
    expect(handlers.onPostAnyway).toHaveBeenCalledWith(undefined);
  });

  test('a written reason of a few words is required where settings ask for one', () => {
    const handlers = show('reason');
    const postAnyway = screen.getByRole('button', { name: 'Post anyway', hidden: true }) as HTMLButtonElement;
    const reason = screen.getByRole('textbox', { hidden: true });
    fireEvent.input(reason, { target: { value: 'ok' } });
    expect(postAnyway.disabled).toBe(true);
    fireEvent.input(reason, { target: { value: '  Approved by the principal  ' } });
    fireEvent.click(postAnyway);
    expect(handlers.onPostAnyway).toHaveBeenCalledWith('Approved by the principal');
  });

  test('no Post anyway when settings do not allow it; Edit and Not a problem remain', () => {
    const handlers = show('not-allowed');
    expect(screen.queryByRole('button', { name: 'Post anyway', hidden: true })).toBeNull();
    expect(screen.getByText(/do not allow posting this/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Edit', hidden: true }));
    expect(handlers.onEdit).toHaveBeenCalled();
  });

  test('once everything is fixed it offers Post', () => {
    const handlers = show('none');
    fireEvent.click(screen.getByRole('button', { name: 'Post', hidden: true }));
    expect(handlers.onPost).toHaveBeenCalled();
  });
});
