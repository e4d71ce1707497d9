/** The toolbar popup: policy lookup, check a draft, this tab's status, and help. */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { DEFAULT_POLICY } from '@/lib/policy';
import type { Settings } from '@/lib/settings';
import { useLanguage } from '../use-language';
import { useResolvedSettings } from '../use-settings';
import { CheckText } from './CheckText';
import { Help } from './Help';
import { PolicyLookup } from './PolicyLookup';
import { Tabs } from './Tabs';
import { ThisTab } from './ThisTab';

const TAB_IDS = ['policy', 'check', 'tab', 'help'] as const;

/** `popup.html?view=check` opens on a given tab (links from elsewhere in the extension, tests). */
function initialTab(): string {
  const asked = new URLSearchParams(location.search).get('view');
  return TAB_IDS.find((id) => id === asked) ?? 'policy';
}

export function PopupApp() {
  const state = useResolvedSettings();
  if (!state) return null;
  return <Popup settings={state.resolved.settings} complete={state.complete} />;
}

function Popup({ settings, complete }: { settings: Settings; complete: boolean }) {
  const language = useLanguage(settings.language);
  const [tab, setTab] = useState(initialTab);
  const policy = settings.policy ?? DEFAULT_POLICY;
  return (
    <div class="popup" data-language={language} data-settings={complete ? 'complete' : 'saved-only'}>
      <header class="bar">
        <h1 class="brand">{t('app.name')}</h1>
        <span class="district">{settings.district.name}</span>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.settings')}
        </button>
      </header>
      <main>
        <Tabs
          label={t('popup.sections')}
          selected={tab}
          onSelect={setTab}
          tabs={[
            { id: 'policy', label: t('popup.tab.policy'), render: () => <PolicyLookup policy={policy} /> },
            { id: 'check', label: t('popup.tab.check'), render: () => <CheckText settings={settings} /> },
            { id: 'tab', label: t('popup.tab.thisTab'), render: () => <ThisTab /> },
            { id: 'help', label: t('popup.tab.help'), render: () => <Help settings={settings} /> },
          ]}
        />
      </main>
    </div>
  );
}
