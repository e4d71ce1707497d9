/**
 * Styles for the in-page overlay (inside Preflight's own shadow root, so the site's CSS cannot reach
 * them) and for the finding components wherever they render. Severity is shown by icon and text as well
 * as colour; colours meet WCAG AA contrast on white.
 */
export const FINDING_STYLES = `
.pf-icon { vertical-align: -2px; }
.pf-finding-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.pf-finding { border-left: 4px solid #8a5a00; padding: 6px 10px; background: #fffaf0; border-radius: 4px; }
.pf-finding--block { border-left-color: #b00020; background: #fff5f6; }
.pf-finding--info { border-left-color: #1a56a0; background: #f4f8ff; }
.pf-finding__head { font-size: 15px; margin: 0 0 4px; }
.pf-severity { font-weight: 700; color: #8a4b00; }
.pf-finding--block .pf-severity { color: #a0001c; }
.pf-finding--info .pf-severity { color: #1a56a0; }
.pf-finding__message, .pf-finding__excerpt { margin: 4px 0; }
.pf-finding__clause { margin: 6px 0; }
.pf-finding__clause-ref { margin: 4px 0; font-size: 12px; color: #444; }
.pf-finding__clause figcaption { font-size: 12px; color: #444; }
.pf-finding__clause blockquote { margin: 2px 0 0; padding-left: 8px; border-left: 2px solid #bbb; font-style: italic; }
`;

export const OVERLAY_STYLES = `
:host { all: initial; }
* { box-sizing: border-box; }
.pf-layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483647;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; }
.pf-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  clip-path: inset(50%); white-space: nowrap; }
.pf-mark { position: fixed; pointer-events: none; border-bottom: 2px dotted #8a4b00; background: rgba(255, 176, 0, 0.18); }
.pf-mark--block { border-bottom: 2px solid #b00020; background: rgba(176, 0, 32, 0.12); }
.pf-mark--info { border-bottom: 2px dashed #1a56a0; background: rgba(26, 86, 160, 0.1); }
.pf-mirror { position: fixed; visibility: hidden; overflow: hidden; white-space: pre-wrap; overflow-wrap: break-word; }
.pf-badge { position: fixed; min-width: 28px; height: 24px; padding: 0 7px; border-radius: 12px; border: 1px solid #555;
  background: #fff; color: #1b1b1b; font: 600 12px/22px system-ui, sans-serif; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.25); }
.pf-badge__content { display: inline-flex; align-items: center; gap: 3px; }
.pf-badge--warn { border-color: #8a4b00; color: #6b3a00; background: #fff4dc; }
.pf-badge--block { border-color: #a0001c; color: #8a0018; background: #ffe8ec; }
.pf-badge--clear { color: #1d5e2c; border-color: #2e7d32; }
.pf-badge--checking { color: #174a8a; border-color: #1a56a0; background: #f4f8ff; }
.pf-progress { margin: 4px 0 8px; font-weight: 600; color: #174a8a; }
.pf-photo-notes ul { list-style: none; margin: 8px 0 0; padding: 6px 8px; background: #f4f8ff; border-radius: 4px; }
.pf-badge:focus-visible, .pf-button:focus-visible, .pf-icon-button:focus-visible, .pf-card__title:focus-visible {
  outline: 3px solid #1a56a0; outline-offset: 2px; }
.pf-card { position: fixed; width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 520px); overflow: auto;
  background: #fff; border: 1px solid #888; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 10px 12px; }
.pf-card__bar { display: flex; justify-content: space-between; align-items: center; }
.pf-card__title { font-size: 15px; margin: 0; }
.pf-identity { margin: 4px 0 8px; font-size: 13px; color: #333; }
.pf-icon-button { border: 0; background: transparent; font-size: 20px; line-height: 1; padding: 2px 6px; cursor: pointer; color: #1b1b1b; }
.pf-button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #555; background: #fff; color: #1b1b1b; cursor: pointer; }
.pf-button:disabled { color: #6b6b6b; border-color: #aaa; cursor: not-allowed; }
.pf-button--primary { background: #1a56a0; border-color: #1a56a0; color: #fff; }
.pf-review { width: min(560px, calc(100vw - 24px)); max-height: calc(100vh - 48px); border: 1px solid #666;
  border-radius: 10px; padding: 16px 18px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #fff; }
.pf-review[open] { display: flex; flex-direction: column; }
/* The title and the choices stay in view; only the findings scroll. */
.pf-review__body { overflow: auto; min-height: 0; flex: 1 1 auto; padding-right: 4px; }
.pf-review::backdrop { background: rgba(0, 0, 0, 0.45); }
.pf-review h2 { margin: 0 0 4px; font-size: 18px; }
.pf-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 14px; }
.pf-check { display: block; margin-top: 12px; }
.pf-reason { margin-top: 12px; display: grid; gap: 4px; }
.pf-reason textarea { font: inherit; min-height: 60px; padding: 6px; border: 1px solid #666; border-radius: 4px; }
.pf-hint { font-size: 12px; color: #444; margin: 0; }
.pf-notice { margin: 10px 0 0; padding: 6px 8px; background: #f3f3f3; border-radius: 4px; }
${FINDING_STYLES}
`;

/** Marks drawn by the CSS Custom Highlight API live in the page's own stylesheet scope. */
export const HIGHLIGHT_STYLES = `
::highlight(preflight-block) { background-color: rgba(176, 0, 32, 0.16); text-decoration: underline solid #b00020 2px; }
::highlight(preflight-warn) { background-color: rgba(255, 176, 0, 0.24); text-decoration: underline dotted #8a4b00 2px; }
::highlight(preflight-info) { background-color: rgba(26, 86, 160, 0.12); text-decoration: underline dashed #1a56a0 2px; }
`;
