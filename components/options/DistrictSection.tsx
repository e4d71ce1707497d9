/** The District, its Community Relations contact, and the interface language. */
import { t } from '@/lib/i18n';
import { ListField, Section, SelectField, TextField } from './Fields';

export function DistrictSection() {
  return (
    <Section id="district" title={t('options.district.title')} intro={t('options.district.intro')}>
      <TextField path="district.name" label={t('options.district.name')} />
      <ListField path="district.aliases" label={t('options.district.aliases')} hint={t('options.onePerLine')} />
      <ListField
        path="district.studentEmailDomains"
        label={t('options.district.studentDomains')}
        hint={t('options.district.studentDomainsHint')}
      />
      <h3>{t('options.contact.title')}</h3>
      <p class="hint">{t('options.contact.intro')}</p>
      <div class="grid-2">
        <TextField path="contact.office" label={t('options.contact.office')} />
        <TextField path="contact.name" label={t('options.contact.name')} />
        <TextField path="contact.email" label={t('options.contact.email')} type="email" />
        <TextField path="contact.phone" label={t('options.contact.phone')} type="tel" />
      </div>
      <h3>{t('options.language.title')}</h3>
      <SelectField
        path="language"
        label={t('options.language.label')}
        hint={t('options.language.hint')}
        options={[
          ['auto', t('options.language.auto')],
          ['en', 'English'],
          ['es', 'Español'],
        ]}
      />
    </Section>
  );
}
