/** This tab's status for the toolbar badge: what it is, and reporting only changes to the background. */
import { worstSeverity } from '../../components/finding-view';
import type { Platform } from '../checker/types';
import { t } from '../i18n';
import type { TabStatus } from '../messaging';
import { findSubmit, needsSubmitControl } from '../sites/match';
import type { Identity } from './identity';
import type { Session } from './session';

/**
 * Active unless something stops Preflight holding the post: an internal error, no composer it recognises
 * on the page, an editable it does not recognise, or a composer whose Post button it cannot find. Never
 * "active" when it could not hold.
 */
export function tabStatus(
  platform: Platform,
  session: Session | null,
  failure: string | null,
  identity: Identity | undefined,
  composerSeen: boolean,
): TabStatus {
  const findings = session?.checked?.findings ?? [];
  let reason = failure ?? undefined;
  if (!reason && !session && !composerSeen) reason = t('status.noComposer');
  if (!reason && session && !session.spec) reason = t('status.notRecognised');
  if (!reason && session?.spec && needsSubmitControl(session.spec) && !findSubmit(session.editor, session.spec)) {
    reason = t('status.noSubmit');
  }
  return {
    site: platform,
    active: !reason,
    reason,
    findings: findings.length,
    worst: worstSeverity(findings),
    identity: identity?.label ? { label: identity.label, district: identity.district } : undefined,
  };
}

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
