/**
 * Preflight's own element under <html> with an open shadow root: the site's CSS and scripts do not
 * reach what is drawn in it, and events from inside stop at the host, so the site's document-level
 * shortcuts (Escape closes X's composer) and listeners never see them. The composer overlay and the
 * request prompt each have one.
 */
import { render } from 'preact';

export const CONTAINED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'focusin',
  'focusout',
  'paste',
  'copy',
  'cut',
  'compositionstart',
  'compositionend',
] as const;

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where to render. */
  mount: HTMLElement;
  /** Put the host under <html> if it is not there: sites may rebuild <html>'s children. */
  attach(): void;
  /** Unmount what was rendered and take the host out. */
  remove(): void;
}

export function createShadowHost(doc: Document, tag: string, styles: string): ShadowHost {
  const host = doc.createElement(tag);
  host.setAttribute('data-preflight', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = styles;
  const mount = doc.createElement('div');
  root.append(style, mount);
  const stop = (event: Event) => event.stopPropagation();
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, stop);
  return {
    host,
    root,
    mount,
    attach() {
      if (!host.isConnected) doc.documentElement.append(host);
    },
    remove() {
      render(null, mount);
      for (const type of CONTAINED_EVENTS) host.removeEventListener(type, stop);
      host.remove();
    },
  };
}
