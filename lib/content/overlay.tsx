/**
 * The overlay host: Preflight's composer UI in its own shadow host (shadow-host.ts), so its DOM stays
 * out of the site's editor.
 */
import { render } from 'preact';
import { ComposerOverlay, type OverlayHandlers, type OverlayModel } from '../../components/ComposerOverlay';
import { OVERLAY_STYLES } from '../../components/overlay-styles';
import { createShadowHost } from './shadow-host';

export const HOST_TAG = 'preflight-overlay';

export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
  update(model: OverlayModel): void;
  /** True if the event started inside Preflight's own UI. */
  owns(event: Event): boolean;
  destroy(): void;
}

export function createOverlay(doc: Document, handlers: OverlayHandlers): Overlay {
  const shadow = createShadowHost(doc, HOST_TAG, OVERLAY_STYLES);
  const { host, root, mount } = shadow;
  let last: OverlayModel | null = null;
  return {
    host,
    root,
    update(model) {
      shadow.attach();
      last = model;
      render(<ComposerOverlay model={last} handlers={handlers} />, mount);
    },
    owns: (event) => event.composedPath().includes(host),
    destroy: () => shadow.remove(),
  };
}
