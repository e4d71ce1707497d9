/** The acting identity at check and submit time, compared with the District accounts in settings. */
import { t } from '../i18n';
import type { Settings } from '../settings/schema';
import { readIdentity } from '../sites/identity';
import type { SiteSpec } from '../sites/types';

export interface Identity {
  /** "@handle", a Page name, or "" when nothing could be read. */
  label: string;
  district: boolean;
}

function normalizeAccount(value: string): string {
  return value.trim().replace(/^@/, '').toLowerCase();
}

export class IdentityReader {
  private readonly jsonCache = new Map<string, { id?: string; name?: string }>();

  constructor(
    private readonly site: SiteSpec,
    private readonly doc: Document,
  ) {}

  read(settings: Pick<Settings, 'accounts'>, editor: Element | null): Identity {
    const raw = readIdentity(this.site, this.doc, editor, this.jsonCache);
    const accounts = new Set(settings.accounts[this.site.platform].map(normalizeAccount));
    const district = [raw.handle, raw.name, raw.id].some((value) => !!value && accounts.has(normalizeAccount(value)));
    const label = raw.handle ? `${this.site.handlePrefix}${raw.handle}` : (raw.name ?? (raw.id ? `#${raw.id}` : ''));
    return { label, district };
  }
}

export function identityLine(identity: Identity): string {
  if (!identity.label) return t('composer.identity.unknown');
  return t(identity.district ? 'composer.identity.district' : 'composer.identity.personal', { name: identity.label });
}
