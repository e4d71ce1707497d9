/** Styles for the request prompt inside its own shadow root (the site's CSS cannot reach them). */
import { FINDING_STYLES } from './overlay-styles';

export const REQUEST_STYLES = `
:host { all: initial; }
* { box-sizing: border-box; }
.pf-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  clip-path: inset(50%); white-space: nowrap; }
.pf-request { width: min(520px, calc(100vw - 24px)); max-height: calc(100vh - 48px); overflow: auto; border: 1px solid #666;
  border-radius: 10px; padding: 16px 18px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1b1b; background: #fff; }
.pf-request::backdrop { background: rgba(0, 0, 0, 0.45); }
.pf-request h2 { margin: 0 0 8px; font-size: 18px; }
.pf-request p { margin: 0 0 6px; }
.pf-signals { margin: 0 0 10px; padding-left: 20px; }
.pf-signals li { margin: 2px 0; }
.pf-check { display: block; margin-top: 12px; }
.pf-hint { font-size: 12px; color: #444; }
.pf-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 14px; }
.pf-button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #555; background: #fff; color: #1b1b1b; cursor: pointer; }
.pf-button--primary { background: #1a56a0; border-color: #1a56a0; color: #fff; }
.pf-button:focus-visible, .pf-check input:focus-visible { outline: 3px solid #1a56a0; outline-offset: 2px; }
${FINDING_STYLES}
`;
