/** Export all settings as JSON, import them (all or nothing), or go back to the defaults. */
import { useState } from 'preact/hooks';
import { t, tn } from '@/lib/i18n';
import { exportFileName, exportSettings, type ImportResult, parseSettingsImport } from '@/lib/settings/import-export';
import { ConfirmDialog } from '../Dialog';
import { downloadText, readFileText } from './download';
import { Section, useModel } from './Fields';

export function BackupSection() {
  const model = useModel();
  const [outcome, setOutcome] = useState<ImportResult | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [notice, setNotice] = useState('');

  const importText = async (text: string | null) => {
    if (text === null) return;
    // Lay the file over the employee's own values: a partial file changes only what it names.
    const result = parseSettingsImport(text, model.draft);
    setOutcome(result);
    setNotice('');
    if (result.ok) await model.replace(result.settings);
  };

  return (
    <Section id="backup" title={t('options.backup.title')} intro={t('options.backup.intro')}>
      <div class="actions">
        <button
          type="button"
          onClick={() => downloadText(exportFileName(), exportSettings(model.resolved.settings), 'application/json')}
        >
          {t('options.backup.export')}
        </button>
      </div>
      <label class="field-label" for="import-file">
        {t('options.backup.import')}
      </label>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        onChange={(e) => void readFileText(e.currentTarget).then(importText)}
      />
      <p class="hint">{t('options.backup.importHint')}</p>
      <ImportOutcome result={outcome} />
      <h3>{t('options.reset.title')}</h3>
      <p class="hint">{t('options.reset.intro')}</p>
      <button type="button" id="reset-settings" class="secondary" onClick={() => setConfirmReset(true)}>
        {t('options.reset.button')}
      </button>
      {notice && <p role="status">{notice}</p>}
      <ConfirmDialog
        title={t('options.reset.confirmTitle')}
        message={t('options.reset.confirm')}
        open={confirmReset}
        confirmLabel={t('options.reset.button')}
        onCancel={() => setConfirmReset(false)}
        onConfirm={async () => {
          await model.reset();
          setConfirmReset(false);
          setOutcome(null);
          setNotice(t('options.reset.done'));
        }}
      />
    </Section>
  );
}

function ImportOutcome({ result }: { result: ImportResult | null }) {
  if (!result) return null;
  if (result.ok) {
    return (
      <p role="status" class="ok-text" data-testid="import-ok">
        ✓ {tn('options.backup.imported', result.applied.length)}
      </p>
    );
  }
  const title = {
    json: 'options.backup.badJson',
    shape: 'options.backup.badShape',
    invalid: 'options.backup.invalid',
  } as const;
  return (
    <div class="problem" role="alert" data-testid="import-error">
      <p>
        <strong>{t(title[result.kind])}</strong> {t('options.nothingChanged')}
      </p>
      <ul>
        {result.errors.slice(0, 12).map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </div>
  );
}
