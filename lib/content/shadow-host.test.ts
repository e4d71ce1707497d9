// @vitest-environment happy-dom
import { h, render } from 'preact';
import { expect, test } from 'vitest';
import { createShadowHost } from './shadow-host';

test('keeps its events from the page, comes back when the site drops it, and leaves nothing when removed', () => {
  const shadow = createShadowHost(document, 'preflight-test', '.x { color: red; }');
  shadow.attach();
  expect(document.documentElement.contains(shadow.host)).toBe(true);
  expect(shadow.host.hasAttribute('data-preflight')).toBe(true);

  const seen: string[] = [];
  document.addEventListener('keydown', () => seen.push('document'));
  const button = document.createElement('button');
  shadow.mount.append(button);
  button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  expect(seen).toEqual([]);

  shadow.host.remove();
  shadow.attach();
  expect(shadow.host.isConnected).toBe(true);

  button.remove();
  render(h('p', null, 'drawn'), shadow.mount);
  expect(shadow.mount.textContent).toBe('drawn');
  shadow.remove();
  expect(shadow.host.isConnected).toBe(false);
  expect(shadow.mount.textContent).toBe('');
});
