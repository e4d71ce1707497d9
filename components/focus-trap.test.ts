// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { trapTab } from './focus-trap';

function dialog(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = '<button id="a">A</button><button id="off" disabled>Off</button><a href="#x" id="b">B</a>';
  document.body.append(root);
  return root;
}

const tab = (shiftKey = false) => new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });
const byId = (id: string) => document.getElementById(id) as HTMLElement;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('trapTab', () => {
  test('Tab on the last stop wraps to the first', () => {
    const root = dialog();
    byId('b').focus();
    const event = tab();
    trapTab(event, root);
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(byId('a'));
  });

  test('Shift+Tab on the first stop wraps to the last (disabled controls skipped)', () => {
    const root = dialog();
    byId('a').focus();
    const event = tab(true);
    trapTab(event, root);
    expect(document.activeElement).toBe(byId('b'));
  });

  test('Tab between stops is left to the browser; other keys are ignored', () => {
    const root = dialog();
    byId('a').focus();
    const event = tab();
    trapTab(event, root);
    expect(event.defaultPrevented).toBe(false);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    trapTab(enter, root);
    expect(enter.defaultPrevented).toBe(false);
  });

  test('focus outside the dialog is brought back in', () => {
    const root = dialog();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    trapTab(tab(), root);
    expect(document.activeElement).toBe(byId('a'));
  });
});
