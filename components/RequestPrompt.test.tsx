// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../lib/i18n';
import { RequestPrompt, signalText } from './RequestPrompt';

const clause = { id: 'personal.student-connections', text: 'Refrain from accepting current District students.' };

function show(overrides: Partial<Parameters<typeof RequestPrompt>[0]> = {}) {
  const handlers = { onDecline: vi.fn(), onContinue: vi.fn() };
  render(
    <RequestPrompt
      action="accept"
      name="Mía Hernández"
      signals={[
        { kind: 'school', evidence: 'Lincoln High', school: 'Lincoln High School' },
        { kind: 'class-year', evidence: 'Class of 2029' },
      ]}
      clause={clause}
      canRemember
      {...handlers}
      {...overrides}
    />,
  );
  return handlers;
}

afterEach(() => {
  cleanup();
  setLanguage('en');
});

describe('RequestPrompt', () => {
  test('a labelled, described dialog quoting the clause and listing the signals', () => {
    show();
    const dialog = screen.getByRole('dialog', { hidden: true });
    const title = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toBe('Accept a request from Mía Hernández?');
    const description = dialog.querySelector(`[id="${dialog.getAttribute('aria-describedby')}"]`);
    expect(description?.textContent).toContain('Mentions Lincoln High (Lincoln High School)');
    expect(description?.textContent).toContain("A current student's class year: Class of 2029");
    expect(dialog.querySelector('blockquote')?.textContent).toBe(clause.text);
  });

  test("Don't accept declines; continue passes whether to remember the person", () => {
    const handlers = show();
    fireEvent.click(screen.getByRole('button', { name: "Don't accept", hidden: true }));
    expect(handlers.onDecline).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('checkbox', { hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Not a current student, continue', hidden: true }));
    expect(handlers.onContinue).toHaveBeenCalledWith(true);
  });

  test('no "don\'t ask again" without an id; sending says "Don\'t send"; always-mode wording', () => {
    show({ canRemember: false, action: 'send', signals: [], name: '' });
    expect(screen.queryByRole('checkbox', { hidden: true })).toBeNull();
    expect(screen.getByRole('button', { name: "Don't send", hidden: true })).toBeTruthy();
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog.textContent).toContain('Send a request to this person?');
    expect(dialog.textContent).toContain('District settings ask before every friend and follow request.');
  });

  test('signal wording in Spanish', () => {
    setLanguage('es');
    expect(signalText({ kind: 'roster', evidence: 'Robert Lee' })).toBe(
      'El nombre coincide con su lista de estudiantes: Robert Lee',
    );
    expect(signalText({ kind: 'mascot', evidence: 'Cubs', school: 'Cedar Valley Middle School' })).toBe(
      'Menciona a los Cubs, la mascota de Cedar Valley Middle School',
    );
  });
});
