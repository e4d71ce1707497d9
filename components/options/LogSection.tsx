/** The local log of overrides and "not a problem" reports: view, export as CSV, clear. It never holds post text. */
import { useEffect, useState } from 'preact/hooks';
import { getLanguage, type MessageKey, t, tn } from '@/lib/i18n';
import { clearDecisions, type DecisionLogEntry, decisionLog } from '@/lib/log';
import { ConfirmDialog } from '../Dialog';
import { decisionsToCsv } from './decision-csv';
import { downloadText } from './download';
import { Section } from './Fields';

export function LogSection() {
  const [entries, setEntries] = useState<DecisionLogEntry[]>([]);
  const [confirm, setConfirm] = useState(false);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    void decisionLog.getValue().then(setEntries);
    return decisionLog.watch((value) => setEntries(value ?? []));
  }, []);
  const time = new Intl.DateTimeFormat(getLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  const newestFirst = [...entries].reverse();
  return (
    <Section id="log" title={t('options.log.title')} intro={t('options.log.intro')}>
      <p data-testid="log-count">{tn('options.log.count', entries.length)}</p>
      <div class="actions">
        {/* aria-disabled, not disabled: the buttons stay focusable, so focus has somewhere to return after clearing. */}
        <button
          type="button"
          aria-disabled={entries.length === 0}
          onClick={() =>
            entries.length > 0 &&
            downloadText(
              `preflight-decisions-${new Date().toISOString().slice(0, 10)}.csv`,
              decisionsToCsv(entries),
              'text/csv',
            )
          }
        >
          {t('options.log.export')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-disabled={entries.length === 0}
          onClick={() => entries.length > 0 && setConfirm(true)}
        >
          {t('options.log.clear')}
        </button>
      </div>
      {notice && <p role="status">{notice}</p>}
      {entries.length > 0 && (
        <div class="table-scroll">
          <table class="log">
            <caption class="visually-hidden">{t('options.log.title')}</caption>
            <thead>
              <tr>
                {(['time', 'kind', 'where', 'categories', 'rules', 'reason'] as const).map((column) => (
                  <th key={column} scope="col">
                    {t(`options.log.col.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {newestFirst.slice(0, 200).map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; the list is append-only
                <tr key={`${e.time}-${i}`}>
                  <td>{time.format(e.time)}</td>
                  <td>{t(`options.log.kind.${e.kind}` as MessageKey)}</td>
                  <td>
                    {e.platform === 'popup' ? t('options.log.popup') : t(`platform.${e.platform}`)},{' '}
                    {t(`account.${e.account}`)}
                  </td>
                  <td>{e.categories.map((c) => t(`category.${c}` as MessageKey)).join(', ')}</td>
                  <td>
                    <code>{e.rules.join(', ')}</code>
                  </td>
                  <td>{e.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        title={t('options.log.confirmTitle')}
        message={t('options.log.confirm')}
        open={confirm}
        confirmLabel={t('options.log.clear')}
        onCancel={() => setConfirm(false)}
        onConfirm={async () => {
          await clearDecisions();
          setConfirm(false);
          setNotice(t('options.log.cleared'));
        }}
      />
    </Section>
  );
}
