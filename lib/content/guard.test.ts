// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Finding } from '../checker/types';
import type { TabStatus } from '../messaging';
import { INSTAGRAM_SITE } from '../sites/instagram';
import { ComposerGuard } from './guard';
import { createSession, currentText } from './session';

const check = vi.hoisted(() => vi.fn<(text: string) => Finding[]>());
vi.mock('../checker', () => ({ check }));

const warn: Finding = {
  category: 'derogatory',
  rule: 'profanity',
  clause: 'all.derogatory',
  severity: 'warn',
  start: 0,
  end: 4,
  message: 'Profanity.',
};

let guard: ComposerGuard;
let stop: () => void;
let statuses: TabStatus[];
let pageHandler: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  document.body.innerHTML = `<form><textarea aria-label="Add a comment…"></textarea><div role="button" tabindex="0">Post</div></form>`;
  pageHandler = vi.fn<() => void>();
  document.querySelector('[role="button"]')?.addEventListener('click', pageHandler);
  statuses = [];
  guard = new ComposerGuard(INSTAGRAM_SITE, document, {
    send: async (status) => statuses.push(status),
    log: async () => undefined,
  });
  stop = guard.start();
  (document.querySelector('textarea') as HTMLTextAreaElement).value = 'some text';
});

afterEach(() => {
  stop();
  check.mockReset();
});

function clickPost(): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  document.querySelector('[role="button"]')?.dispatchEvent(event);
  return event;
}

describe('ComposerGuard', () => {
  test('a held submit never reaches the page; Post anyway lets exactly one through', () => {
    check.mockReturnValue([warn]);
    const event = clickPost();
    expect(event.defaultPrevented).toBe(true);
    expect(pageHandler).not.toHaveBeenCalled();
    expect(guard.submit.held?.items[0].findings).toEqual([warn]);
    guard.submit.postAnyway();
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(guard.submit.held).toBeNull();
  });

  test('an internal error lets the post through and reports "not active" with the reason', () => {
    check.mockImplementation(() => {
      throw new Error('boom');
    });
    const event = clickPost();
    expect(event.defaultPrevented).toBe(false);
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toMatchObject({ site: 'instagram', active: false, reason: 'internal error' });
  });

  test('Enter during IME composition is never taken for a submit', () => {
    check.mockReturnValue([warn]);
    const textarea = document.querySelector('textarea') as HTMLTextAreaElement;
    const composing = new KeyboardEvent('keydown', {
      key: 'Enter',
      bubbles: true,
      cancelable: true,
      isComposing: true,
    });
    textarea.dispatchEvent(composing);
    expect(composing.defaultPrevented).toBe(false);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    textarea.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
  });

  test('after stop() nothing is intercepted (no listener is left behind)', () => {
    check.mockReturnValue([warn]);
    stop();
    expect(clickPost().defaultPrevented).toBe(false);
    expect(pageHandler).toHaveBeenCalledTimes(1);
    stop = () => undefined;
  });

  test('when the site empties the box, the last snapshot is what gets checked', () => {
    const textarea = document.querySelector('textarea') as HTMLTextAreaElement;
    const session = createSession(textarea, null);
    textarea.value = '';
    expect(currentText(session).text).toBe('some text');
  });
});
