/** "This tab": which site, whether Preflight is checking here (and why not), as whom, and how many findings. */
import { type MessageKey, t, tn } from '@/lib/i18n';
import type { TabStatus } from '@/lib/messaging';

export type TabState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'silent'; site: NonNullable<TabStatus['site']> }
  | { kind: 'status'; status: TabStatus };

export function TabStatusView({ state }: { state: TabState }) {
  if (state.kind === 'loading') return <p role="status">{t('tab.loading')}</p>;
  if (state.kind === 'unsupported') {
    return (
      <div class="tab-status" data-state="unsupported">
        <p class="status-line">
          <span aria-hidden="true">○</span> {t('tab.unsupported')}
        </p>
        <p class="hint">{t('tab.supportedSites')}</p>
      </div>
    );
  }
  if (state.kind === 'silent') {
    return (
      <div class="tab-status" data-state="inactive">
        <Row label={t('tab.site')} value={t(`platform.${state.site}` as MessageKey)} />
        <Row label={t('tab.checking')} value={`✕ ${t('tab.inactive')}`} />
        <p class="hint">{t('tab.notStarted')}</p>
      </div>
    );
  }
  const { status } = state;
  if (!status.site) return <TabStatusView state={{ kind: 'unsupported' }} />;
  return (
    <div class="tab-status" data-state={status.active ? 'active' : 'inactive'}>
      <Row label={t('tab.site')} value={t(`platform.${status.site}` as MessageKey)} />
      <Row
        label={t('tab.checking')}
        value={
          status.active ? `✓ ${t('tab.active')}` : `✕ ${t('tab.inactive')}${status.reason ? `: ${status.reason}` : ''}`
        }
      />
      {status.identity && (
        <Row
          label={t('tab.identity')}
          value={`${status.identity.label} (${t(status.identity.district ? 'account.district' : 'account.personal')})`}
        />
      )}
      {status.active && (
        <Row
          label={t('tab.findings')}
          value={
            status.findings === 0
              ? t('tab.noFindings')
              : `${tn('tab.findingCount', status.findings)}${status.worst ? ` (${t(`severity.${status.worst}` as MessageKey)})` : ''}`
          }
        />
      )}
    </div>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <p class="status-row">
      <span class="status-label">{label}</span> <span class="status-value">{value}</span>
    </p>
  );
}
