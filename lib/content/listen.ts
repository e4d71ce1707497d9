/** Registers listeners through one wrapper (errors go to `safely`) and remembers how to remove them all. */
export class Listeners {
  private readonly removers: (() => void)[] = [];

  constructor(private readonly safely: (run: () => unknown) => void) {}

  on(target: EventTarget, type: string, handler: (event: Event) => void, options: AddEventListenerOptions): void {
    const wrapped = (event: Event) => this.safely(() => handler(event));
    target.addEventListener(type, wrapped, options);
    this.removers.push(() => target.removeEventListener(type, wrapped, options));
  }

  /** Anything else to undo on stop (watchers, subscriptions). */
  add(remove: () => void): void {
    this.removers.push(remove);
  }

  removeAll(): void {
    for (const remove of this.removers.splice(0)) remove();
  }
}

/** Stop an event the site must not see (a held submit, a request click awaiting the employee's answer). */
export function cancel(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Run `task` when the page is idle (soon in any case), or on the next turn where idle callbacks do not exist. */
export function whenIdle(win: Window | null, task: () => void): void {
  if (win?.requestIdleCallback) win.requestIdleCallback(task, { timeout: 500 });
  else setTimeout(task, 0);
}
