/** The options page: every setting, the policy document, backups and the decision log. */
import { useEffect } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { useLanguage } from '../use-language';
import { AccountsSection } from './AccountsSection';
import { AdminNotice } from './AdminNotice';
import { BackupSection } from './BackupSection';
import { DistrictSection } from './DistrictSection';
import { OptionsContext } from './Fields';
import { LogSection } from './LogSection';
import { PolicySection } from './PolicySection';
import { RosterSection } from './RosterSection';
import { SchoolsSection } from './SchoolsSection';
import { AllowlistSection, StrictnessSection } from './StrictnessSection';
import { type OptionsModel, useOptions } from './use-options';

const SECTIONS = [
  ['district', 'options.district.title'],
  ['accounts', 'options.accounts.title'],
  ['schools', 'options.schools.title'],
  ['strictness', 'options.strictness.title'],
  ['roster', 'options.roster.title'],
  ['allowlist', 'options.allowlist.title'],
  ['policy', 'options.policy.title'],
  ['backup', 'options.backup.title'],
  ['log', 'options.log.title'],
] as const;

export function OptionsApp() {
  const model = useOptions();
  if (!model) return null;
  return <Options model={model} />;
}

function Options({ model }: { model: OptionsModel }) {
  const language = useLanguage(model.resolved.settings.language);
  useEffect(() => {
    document.title = t('options.title');
  });
  return (
    <OptionsContext.Provider value={model}>
      <div class="options" data-language={language}>
        <header class="top">
          <h1>{t('options.title')}</h1>
          <p class="hint">{model.resolved.settings.district.name}</p>
          <p
            class={`save-status ${model.status}`}
            role="status"
            data-testid="save-status"
            data-status={model.status}
            data-admin-known={model.adminKnown}
          >
            {model.status !== 'idle'
              ? t(`options.status.${model.status}`)
              : model.adminKnown
                ? ''
                : t('options.admin.checking')}
          </p>
        </header>
        <div class="layout">
          <nav aria-label={t('options.nav')}>
            <ul>
              {SECTIONS.map(([id, key]) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(key)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <main>
            <AdminNotice />
            <DistrictSection />
            <AccountsSection />
            <SchoolsSection />
            <StrictnessSection />
            <RosterSection />
            <AllowlistSection />
            <PolicySection />
            <BackupSection />
            <LogSection />
          </main>
        </div>
      </div>
    </OptionsContext.Provider>
  );
}
