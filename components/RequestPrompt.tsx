/**
 * The prompt before accepting (or sending) a friend or follow request from a possible current student:
 * a real modal dialog that quotes the policy clause, lists the signals found, and offers "Don't accept"
 * (the default focus; Escape means the same), "Not a current student, continue" and "don't ask again for
 * this person".
 */
import { useId, useState } from 'preact/hooks';
import { type MessageKey, t } from '../lib/i18n';
import type { Signal } from '../lib/requests/signals';
import { Dialog } from './Dialog';

export interface RequestPromptProps {
  action: 'accept' | 'send';
  /** The requester's name as the page shows it ("" when none). */
  name: string;
  signals: readonly Signal[];
  clause: { id: string; text: string } | null;
  /** Whether the page shows an id to remember the person by. */
  canRemember: boolean;
  onDecline: () => void;
  onContinue: (remember: boolean) => void;
}

export function signalText(signal: Signal): string {
  const vars = { evidence: signal.evidence, school: signal.school ?? '' };
  if (signal.kind === 'school' && signal.school && signal.school !== signal.evidence) {
    return t('requests.signal.schoolAlias', vars);
  }
  return t(`requests.signal.${signal.kind}` as MessageKey, vars);
}

export function RequestPrompt(props: RequestPromptProps) {
  const { action, signals, clause } = props;
  const [remember, setRemember] = useState(false);
  const introId = useId();
  const name = props.name || t('requests.prompt.someone');
  return (
    <Dialog
      title={t(action === 'accept' ? 'requests.prompt.title.accept' : 'requests.prompt.title.send', { name })}
      open
      onClose={props.onDecline}
      describedBy={introId}
      class="pf-request"
    >
      <div id={introId}>
        <p>{signals.length ? t('requests.prompt.signals') : t('requests.prompt.always')}</p>
        {signals.length > 0 && (
          <ul class="pf-signals">
            {signals.map((signal) => (
              <li key={`${signal.kind}:${signal.evidence}`}>{signalText(signal)}</li>
            ))}
          </ul>
        )}
      </div>
      {clause && (
        <figure class="pf-finding__clause">
          <figcaption>
            {t('finding.policy')} ({t('finding.clause', { id: clause.id })})
          </figcaption>
          <blockquote>{clause.text}</blockquote>
        </figure>
      )}
      {props.canRemember && (
        <label class="pf-check">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} />{' '}
          {t('requests.prompt.remember')}
          <span class="pf-hint"> {t('requests.prompt.rememberHint')}</span>
        </label>
      )}
      <div class="pf-actions">
        {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when the dialog opens. */}
        <button type="button" class="pf-button pf-button--primary" autoFocus onClick={props.onDecline}>
          {t(action === 'accept' ? 'requests.prompt.decline' : 'requests.prompt.declineSend')}
        </button>
        <button type="button" class="pf-button" onClick={() => props.onContinue(remember)}>
          {t('requests.prompt.continue')}
        </button>
      </div>
    </Dialog>
  );
}
