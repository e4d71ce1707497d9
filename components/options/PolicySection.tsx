/** The policy document: see which one is in use, download it, replace it with the District's own (validated, previewed). */
import { useState } from 'preact/hooks';
import { type MessageKey, t, tn } from '@/lib/i18n';
import { DEFAULT_POLICY, type PolicyDocument } from '@/lib/policy';
import { type PolicyImport, policyFileName, validatePolicyText } from '@/lib/settings/policy-import';
import { downloadText, readFileText } from './download';
import { LockNote, Section, useModel } from './Fields';

export function PolicySection() {
  const model = useModel();
  const own = model.value('policy') as PolicyDocument | null;
  const current = own ?? DEFAULT_POLICY;
  const locked = model.locked('policy');
  const [text, setText] = useState('');
  const [result, setResult] = useState<PolicyImport | null>(null);
  const validate = (source: string) => setResult(source.trim() ? validatePolicyText(source) : null);

  return (
    <Section id="policy" title={t('options.policy.title')} intro={t('options.policy.intro')}>
      <p data-testid="policy-in-use">
        <strong>{own ? t('options.policy.own') : t('options.policy.shipped')}</strong>{' '}
        <span lang={current.language}>
          {current.title}
          {current.revision ? ` (${current.revision})` : ''}
        </span>{' '}
        ·{' '}
        {tn(
          'lookup.clauses',
          current.sections.reduce((n, s) => n + s.clauses.length, 0),
        )}
      </p>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() =>
            downloadText(policyFileName(current), `${JSON.stringify(current, null, 2)}\n`, 'application/json')
          }
        >
          {t('options.policy.download')}
        </button>
        {own && !locked && (
          <button type="button" class="secondary" onClick={() => model.update('policy', null)}>
            {t('options.policy.restore')}
          </button>
        )}
      </div>
      {locked ? (
        <LockNote />
      ) : (
        <>
          <h3>{t('options.policy.replace')}</h3>
          <label class="field-label" for="policy-file">
            {t('options.policy.file')}
          </label>
          <input
            id="policy-file"
            type="file"
            accept="application/json,.json"
            onChange={async (e) => {
              const source = await readFileText(e.currentTarget);
              if (source === null) return;
              setText(source);
              validate(source);
            }}
          />
          <label class="field-label" for="policy-json">
            {t('options.policy.paste')}
          </label>
          <textarea
            id="policy-json"
            rows={6}
            value={text}
            spellcheck={false}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <div class="actions">
            <button type="button" onClick={() => validate(text)}>
              {t('options.policy.check')}
            </button>
          </div>
          <PolicyResult
            result={result}
            onUse={(policy) => {
              model.update('policy', policy);
              setResult(null);
              setText('');
            }}
          />
        </>
      )}
    </Section>
  );
}

function PolicyResult({ result, onUse }: { result: PolicyImport | null; onUse: (policy: PolicyDocument) => void }) {
  if (!result) return null;
  if (!result.ok) {
    return (
      <div class="problem" role="alert" data-testid="policy-error">
        <p>
          <strong>{t(result.kind === 'json' ? 'options.policy.badJson' : 'options.policy.invalid')}</strong>{' '}
          {t('options.nothingChanged')}
        </p>
        <ul>
          {result.errors.slice(0, 12).map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </div>
    );
  }
  const { policy, untagged } = result;
  return (
    <div class="preview" data-testid="policy-preview" role="status">
      <h4>{t('options.policy.preview')}</h4>
      <p lang={policy.language}>
        <strong>{policy.title}</strong> {policy.revision && `(${policy.revision})`}
      </p>
      <ul>
        {policy.sections.map((section) => (
          <li key={section.id}>
            <span lang={policy.language}>{section.title}</span>: {tn('lookup.clauses', section.clauses.length)}
          </li>
        ))}
      </ul>
      {untagged.length > 0 && (
        <p class="hint">
          {t('options.policy.untagged', {
            categories: untagged.map((c) => t(`category.${c}` as MessageKey)).join(', '),
          })}
        </p>
      )}
      <button type="button" onClick={() => onUse(policy)}>
        {t('options.policy.use')}
      </button>
    </div>
  );
}
