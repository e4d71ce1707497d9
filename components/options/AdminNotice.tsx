/** What the District administrator has set (locked here) and any values that were ignored, and why. */
import { t, tn } from '@/lib/i18n';
import { Icon } from '../Icon';
import { useModel } from './Fields';

export function AdminNotice() {
  const model = useModel();
  const { lockedPaths } = model.resolved;
  const ignored = model.issues;
  if (lockedPaths.length === 0 && ignored.length === 0) return null;
  return (
    <section class="card admin" aria-labelledby="admin-title" data-testid="admin-notice">
      <h2 id="admin-title">{t('options.admin.title')}</h2>
      {lockedPaths.length > 0 && (
        <>
          <p>
            <Icon name="lock" /> {tn('options.admin.locked', lockedPaths.length)}
          </p>
          <ul class="paths" data-testid="locked-paths">
            {lockedPaths.map((path) => (
              <li key={path}>
                <code>{path}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {ignored.length > 0 && (
        <div class="problem" data-testid="ignored-values">
          <p>
            <strong>{tn('options.admin.ignored', ignored.length)}</strong>
          </p>
          <ul>
            {ignored.map((issue) => (
              <li key={`${issue.source}:${issue.path}`}>
                {t(issue.source === 'managed' ? 'options.admin.fromAdmin' : 'options.admin.fromSaved')}{' '}
                <code>{issue.path || '—'}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
