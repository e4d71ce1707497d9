/**
 * The checker's one-time work (tokenizer set-up, model tables, pattern expressions) done in idle time
 * once the employee focuses something on the page, so the first check after typing is not the slow one.
 */
import { warmUp } from '../checker';

type IdleWindow = Window & {
  requestIdleCallback?: (cb: (deadline: { timeRemaining(): number }) => void, opts?: { timeout: number }) => number;
};

function schedule(win: IdleWindow, step: (budgetMs: number) => void): void {
  if (win.requestIdleCallback) win.requestIdleCallback((d) => step(Math.max(4, d.timeRemaining())), { timeout: 500 });
  else win.setTimeout(() => step(8), 16);
}

/** Start warming on the first focus inside `doc`; returns a function that stops listening. */
export function warmOnFirstFocus(doc: Document): () => void {
  const win = doc.defaultView as IdleWindow | null;
  if (!win) return () => {};
  let stopped = false;
  const step = (budgetMs: number) => {
    if (!stopped && !warmUp(budgetMs)) schedule(win, step);
  };
  const onFocus = () => {
    doc.removeEventListener('focusin', onFocus, true);
    schedule(win, step);
  };
  doc.addEventListener('focusin', onFocus, true);
  return () => {
    stopped = true;
    doc.removeEventListener('focusin', onFocus, true);
  };
}
