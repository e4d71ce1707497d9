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

  test('a photo of people on a District account: Post anyway waits for the release confirmation', () => {
    const handlers = {
      onEdit: vi.fn(),
      onPostAnyway: vi.fn(),
      onNotAProblem: vi.fn(),
      onFix: vi.fn(),
      onPost: vi.fn(),
    };
    render(<ReviewDialog views={[view]} identity="i" need="none" office="o" release="required" {...handlers} />);
    const postAnyway = screen.getByRole('button', { name: 'Post anyway', hidden: true }) as HTMLButtonElement;
    expect(postAnyway.disabled).toBe(true);
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Release forms are on file for every student pictured', hidden: true }),
    );
    expect(postAnyway.disabled).toBe(false);
    fireEvent.click(postAnyway);
    expect(handlers.onPostAnyway).toHaveBeenCalled();
  });

  test('on a personal account the release confirmation is a warning; Post anyway is open', () => {
    const handlers = {
      onEdit: vi.fn(),
      onPostAnyway: vi.fn(),
      onNotAProblem: vi.fn(),
      onFix: vi.fn(),
      onPost: vi.fn(),
    };
    render(<ReviewDialog views={[view]} identity="i" need="none" office="o" release="optional" {...handlers} />);
    expect(screen.getByText(/On a personal account this is a warning/)).toBeTruthy();
    const postAnyway = screen.getByRole('button', { name: 'Post anyway', hidden: true }) as HTMLButtonElement;
    expect(postAnyway.disabled).toBe(false);
  });

  test('photos still being checked: says so, and offers to post without waiting; notes never hold', () => {
    const onPostNow = vi.fn();
    const handlers = {
      onEdit: vi.fn(),
      onPostAnyway: vi.fn(),
      onNotAProblem: vi.fn(),
      onFix: vi.fn(),
      onPost: vi.fn(),
    };
    render(
      <ReviewDialog
        views={[]}
        identity="i"
        need="none"
        office="o"
        waiting={{ index: 2, total: 3 }}
        notes={['empty.jpg: Could not check this image: the file is empty. You can still post it.']}
        onPostNow={onPostNow}
        {...handlers}
      />,
    );
    expect(screen.getByText(/Checking photo 2 of 3/)).toBeTruthy();
    expect(screen.getByText(/empty\.jpg: Could not check this image/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Post', hidden: true })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Post without waiting', hidden: true }));
    expect(onPostNow).toHaveBeenCalled();
  });
});
