/** Official District accounts per platform: posting from one of them counts as posting for the District. */
import { t } from '@/lib/i18n';
import { ListField, Section } from './Fields';

export function AccountsSection() {
  return (
    <Section id="accounts" title={t('options.accounts.title')} intro={t('options.accounts.intro')}>
      <ListField path="accounts.x" label={t('options.accounts.x')} hint={t('options.accounts.xHint')} />
      <ListField
        path="accounts.facebook"
        label={t('options.accounts.facebook')}
        hint={t('options.accounts.facebookHint')}
      />
      <ListField
        path="accounts.instagram"
        label={t('options.accounts.instagram')}
        hint={t('options.accounts.instagramHint')}
      />
    </Section>
  );
}
