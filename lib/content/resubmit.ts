/**
 * Letting exactly one submit through after the employee decides. The control is found again at that
 * moment (X re-creates its button, Facebook rebuilds dialogs) and clicked once with a one-shot bypass,
 * which the guard's own click listener honours; `isTrusted` is not used, since pages fire untrusted events
 * too. A keyboard submit with no button left is replayed as the same key press on the editor.
 */
import { findSubmit, isDisabled, type SubmitTarget } from '../sites/match';

export interface Resubmission extends SubmitTarget {
  trigger: 'click' | 'key';
  key?: KeyboardEventInit;
}

export class Resubmitter {
  private readonly controls = new WeakSet<EventTarget>();
  private readonly keys = new WeakSet<Event>();

  /** True for the one click or key press Preflight itself is letting through. */
  passes(event: Event, control?: EventTarget | null): boolean {
    return this.keys.has(event) || (!!control && this.controls.has(control));
  }

  /** Submit once; false when there is nothing left to submit with (the control and editor are gone). */
  submit(held: Resubmission): boolean {
    const control = refind(held);
    if (control) {
      this.controls.add(control);
      try {
        control.click();
      } finally {
        this.controls.delete(control);
      }
      return true;
    }
    const editor = held.editors.find((candidate) => candidate.isConnected);
    if (held.trigger !== 'key' || !held.key || !editor) return false;
    const event = new KeyboardEvent('keydown', held.key);
    this.keys.add(event);
    editor.dispatchEvent(event);
    return true;
  }
}

function refind(held: Resubmission): HTMLElement | null {
  const usable = (control: HTMLElement | null) => (control?.isConnected && !isDisabled(control) ? control : null);
  const own = usable(held.control);
  if (own) return own;
  for (const editor of held.editors) {
    const control = editor.isConnected ? usable(findSubmit(editor, held.spec)) : null;
    if (control) return control;
  }
  return null;
}
