/** What the live region says after a check: the count and each kind of finding once, in plain words. */
import type { Finding } from '../checker/types';
import { t, tn } from '../i18n';

export function announcementFor(findings: readonly Finding[]): string {
  if (findings.length === 0) return t('composer.announce.none');
  const lines = findings.map(
    (finding) => `${t(`severity.${finding.severity}`)}: ${t(`category.${finding.category}`)}.`,
  );
  const summary = [...new Set(lines)].join(' ');
  return tn('composer.announce', findings.length, { summary });
}
