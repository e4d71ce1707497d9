/** Per category: off / warn / block and what "Post anyway" needs; friend requests; images; allowed words. */
import { type MessageKey, t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import { CheckboxField, fieldId, ListField, LockNote, Section, SelectField, useModel } from './Fields';
import { Logos } from './Logos';

const CATEGORIES = Object.keys({
  derogatory: 0,
  confidential: 0,
  political: 0,
  'personal-district-use': 0,
  'mandatory-report': 0,
  'student-image': 0,
  'district-branding': 0,
} satisfies Record<keyof Settings['categories'], 0>) as (keyof Settings['categories'])[];

export function StrictnessSection() {
  return (
    <Section id="strictness" title={t('options.strictness.title')} intro={t('options.strictness.intro')}>
      <CategoryTable />
      <h3>{t('options.requests.title')}</h3>
      <SelectField
        path="requests.mode"
        label={t('options.requests.label')}
        options={[
          ['always', t('options.requests.always')],
          ['signal', t('options.requests.signal')],
          ['off', t('options.requests.off')],
        ]}
      />
      <h3>{t('options.images.title')}</h3>
      <CheckboxField path="images.enabled" label={t('options.images.enabled')} hint={t('options.images.enabledHint')} />
      <CheckboxField path="images.brandingApproved" label={t('options.images.approved')} />
      <Logos />
    </Section>
  );
}

function CategoryTable() {
  const model = useModel();
  const modes = ['off', 'warn', 'block'] as const;
  const overrides = ['not-allowed', 'acknowledge', 'reason'] as const;
  return (
    <table class="categories">
      <caption class="visually-hidden">{t('options.strictness.title')}</caption>
      <thead>
        <tr>
          <th scope="col" id="col-category">
            {t('options.strictness.category')}
          </th>
          <th scope="col" id="col-mode">
            {t('options.strictness.mode')}
          </th>
          <th scope="col" id="col-override">
            {t('options.strictness.override')}
          </th>
        </tr>
      </thead>
      <tbody>
        {CATEGORIES.map((category) => {
          const path = `categories.${category}`;
          return (
            <tr key={category} data-category={category}>
              <th scope="row" id={`${fieldId(path)}-name`}>
                {t(`category.${category}` as MessageKey)}
                {(model.locked(`${path}.mode`) || model.locked(`${path}.override`)) && <LockNote />}
              </th>
              {(
                [
                  ['mode', modes, 'col-mode'],
                  ['override', overrides, 'col-override'],
                ] as const
              ).map(([field, values, column]) => (
                <td key={field}>
                  <select
                    id={fieldId(`${path}.${field}`)}
                    aria-labelledby={`${fieldId(path)}-name ${column}`}
                    value={String(model.value(`${path}.${field}`))}
                    disabled={model.locked(`${path}.${field}`)}
                    onChange={(e) => model.update(`${path}.${field}`, e.currentTarget.value)}
                  >
                    {values.map((value) => (
                      <option key={value} value={value}>
                        {t(`options.${field}.${value}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function AllowlistSection() {
  return (
    <Section id="allowlist" title={t('options.allowlist.title')} intro={t('options.allowlist.intro')}>
      <ListField path="allowlist" label={t('options.allowlist.label')} hint={t('options.onePerLine')} rows={5} />
    </Section>
  );
}
