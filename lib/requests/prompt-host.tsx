/**
 * Where the request prompt is drawn: its own shadow host (lib/content/shadow-host.ts), made on first
 * use, with a polite live region for what happened.
 */
import { render } from 'preact';
import { RequestPrompt, type RequestPromptProps } from '../../components/RequestPrompt';
import { REQUEST_STYLES } from '../../components/request-styles';
import { createShadowHost, type ShadowHost } from '../content/shadow-host';

export const REQUEST_HOST_TAG = 'preflight-requests';

export class PromptHost {
  private shadow: ShadowHost | null = null;
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
    this.shadow?.remove();
    this.shadow = null;
  }

  private ensure(): HTMLElement {
    this.shadow ??= createShadowHost(this.doc, REQUEST_HOST_TAG, REQUEST_STYLES);
    this.shadow.attach();
    return this.shadow.mount;
  }

  private render(): void {
    if (!this.shadow && !this.prompt) return;
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
