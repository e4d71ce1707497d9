/**
 * The overlay host: one element under <html> with an open shadow root holding Preflight's UI, so the
 * site's CSS and scripts do not reach it and its DOM stays out of the site's editor. Events from inside
 * stop at the host so the site's document-level shortcuts (Escape closes X's composer) never see them.
 */
import { render } from 'preact';
import { ComposerOverlay, type OverlayHandlers, type OverlayModel } from '../../components/ComposerOverlay';
import { OVERLAY_STYLES } from '../../components/overlay-styles';

export const HOST_TAG = 'preflight-overlay';

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

export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
  update(model: OverlayModel): void;
  /** True if the event started inside Preflight's own UI. */
  owns(event: Event): boolean;
  destroy(): void;
}

export function createOverlay(doc: Document, handlers: OverlayHandlers): Overlay {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-preflight', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_STYLES;
  const mount = doc.createElement('div');
  root.append(style, mount);
  const stop = (event: Event) => event.stopPropagation();
  for (const type of CONTAINED_EVENTS) host.addEventListener(type, stop);
  let last: OverlayModel | null = null;
  return {
    host,
    root,
    update(model) {
      // The site may rebuild <html>'s children; put the host back rather than lose the UI.
      if (!host.isConnected) doc.documentElement.append(host);
      last = model;
      render(<ComposerOverlay model={last} handlers={handlers} />, mount);
    },
    owns: (event) => event.composedPath().includes(host),
    destroy() {
      render(null, mount);
      for (const type of CONTAINED_EVENTS) host.removeEventListener(type, stop);
      host.remove();
    },
  };
}
