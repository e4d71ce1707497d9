/** A step that did not finish in time (told apart from the step's own failures by its class). */
export class TimeoutError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'TimeoutError';
  }
}

/** `work`, or a TimeoutError with message `what` if it has not settled after `ms`. */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(what)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
