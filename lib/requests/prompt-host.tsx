/**
 * Where the request prompt is drawn: its own element under <html> with an open shadow root (the site's
 * CSS and scripts do not reach it), a polite live region for what happened, and events from inside
 * stopped at the host so the site's own document listeners never see them.
 */
import { render } from 'preact';
import { RequestPrompt, type RequestPromptProps } from '../../components/RequestPrompt';
import { REQUEST_STYLES } from '../../components/request-styles';
import { CONTAINED_EVENTS } from '../content/overlay';

export const REQUEST_HOST_TAG = 'preflight-requests';

export class PromptHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private readonly stop = (event: Event) => event.stopPropagation();
  private prompt: RequestPromptProps | null = null;
  private announcement = '';

  constructor(private readonly doc: Document) {}

  show(prompt: RequestPromptProps | null): void {
    this.prompt = prompt;
    this.render();
  }

  announce(message: string): void {
    this.announcement = message;
    this.render();
  }

  destroy(): void {
    if (this.mount) render(null, this.mount);
    for (const type of CONTAINED_EVENTS) this.host?.removeEventListener(type, this.stop);
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  private ensure(): HTMLElement {
    if (!this.host || !this.mount) {
      this.host = this.doc.createElement(REQUEST_HOST_TAG);
      this.host.setAttribute('data-preflight', '');
      const root = this.host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = REQUEST_STYLES;
      this.mount = this.doc.createElement('div');
      root.append(style, this.mount);
      for (const type of CONTAINED_EVENTS) this.host.addEventListener(type, this.stop);
    }
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    return this.mount;
  }

  private render(): void {
    if (!this.host && !this.prompt) return;
    render(
      <>
        {this.prompt && <RequestPrompt {...this.prompt} />}
        <div class="pf-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {this.announcement}
        </div>
      </>,
      this.ensure(),
    );
  }
}
