/** Reports this tab's status to the background (toolbar badge), sending only changes. */
import type { TabStatus } from '../messaging';

export class StatusReporter {
  private last = '';

  constructor(private readonly send: (status: TabStatus) => Promise<unknown>) {}

  report(status: TabStatus): void {
    const key = JSON.stringify(status);
    if (key === this.last) return;
    this.last = key;
    // The extension may have been reloaded under this page; the page must keep working regardless.
    this.send(status).catch(() => undefined);
  }
}
