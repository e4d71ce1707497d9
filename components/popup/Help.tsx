/**
 * Help: who to ask (Community Relations, from settings), what to do with information that must be
 * reported, and a privacy check-up with each platform's privacy settings and the policy's reminders.
 */
import { t } from '@/lib/i18n';
import { clauseById, DEFAULT_POLICY, type PolicyDocument } from '@/lib/policy';
import type { Settings } from '@/lib/settings';

const PRIVACY_LINKS = [
  { platform: 'x', url: 'https://x.com/settings/privacy_and_safety' },
  { platform: 'facebook', url: 'https://www.facebook.com/privacy/checkup' },
  { platform: 'instagram', url: 'https://www.instagram.com/accounts/privacy_and_security/' },
] as const;

/** The policy's personal-use reminders; a District document without a "personal" section falls back to the shipped one. */
function reminders(policy: PolicyDocument) {
  const own = policy.sections.find((section) => section.id === 'personal');
  return (own ?? DEFAULT_POLICY.sections.find((section) => section.id === 'personal'))?.clauses ?? [];
}

export function Help({ settings }: { settings: Settings }) {
  const policy = settings.policy ?? DEFAULT_POLICY;
  const { contact } = settings;
  const reporting = clauseById('all.mandatory-reporting', policy) ?? clauseById('all.mandatory-reporting');
  return (
    <div class="help">
      <section aria-labelledby="help-contact">
        <h2 id="help-contact" class="subheading">
          {t('help.contact')}
        </h2>
        <p>{t('help.contactIntro', { district: settings.district.name })}</p>
        <address class="contact">
          <strong>{contact.office}</strong>
          {contact.name && contact.name !== contact.office && <span>{contact.name}</span>}
          {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
          {contact.phone && <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>}
        </address>
      </section>
      <section aria-labelledby="help-report">
        <h2 id="help-report" class="subheading">
          {t('help.reporting')}
        </h2>
        <ol class="steps">
          <li>{t('help.reporting.1')}</li>
          <li>{t('help.reporting.2')}</li>
          <li>{t('help.reporting.3')}</li>
          <li>{t('help.reporting.4')}</li>
        </ol>
        {reporting && (
          <blockquote class="clause-text" lang={policy.language}>
            {reporting.text}
          </blockquote>
        )}
      </section>
      <section aria-labelledby="help-privacy">
        <h2 id="help-privacy" class="subheading">
          {t('help.privacy')}
        </h2>
        <p>{t('help.privacyIntro')}</p>
        <ul class="links">
          {PRIVACY_LINKS.map((link) => (
            <li key={link.platform}>
              <a href={link.url} target="_blank" rel="noreferrer">
                {t('help.privacyLink', { platform: t(`platform.${link.platform}`) })}
              </a>
            </li>
          ))}
        </ul>
        <h3 class="minor-heading">{t('help.reminders')}</h3>
        <ul class="reminders">
          {reminders(policy).map((clause) => (
            <li key={clause.id} lang={policy.language}>
              {clause.explanation}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
