/**
 * Check a draft in the popup with the same checker and settings the in-page check uses. The draft
 * lives only in this component's state: it is never stored, logged or sent.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Account, CheckContext, Finding, Platform, Surface } from '@/lib/checker';
import { t, tn } from '@/lib/i18n';
import { appendDecision } from '@/lib/log';
import type { Settings } from '@/lib/settings';
import { FindingsView, findingKey } from './FindingsView';

const PLATFORMS: Platform[] = ['x', 'facebook', 'instagram'];
const SURFACES: Surface[] = ['post', 'comment', 'reply', 'caption', 'message'];

export function CheckText({ settings }: { settings: Settings }) {
  const [text, setText] = useState('');
  const [context, setContext] = useState<CheckContext>({ platform: 'x', account: 'personal', surface: 'post' });
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState('');
  const draft = useRef<HTMLTextAreaElement>(null);
  // The checker (with its word lists) is the heaviest part of the popup: loaded after the first paint so
  // the policy search is usable at once.
  const [checker, setChecker] = useState<typeof import('@/lib/checker') | null>(null);
  useEffect(() => {
    void import('@/lib/checker').then((module) => setChecker(module));
  }, []);
  const findings = useMemo(
    () => (checker ? checker.check(text, context, settings).filter((f) => !dismissed.has(findingKey(f))) : []),
    [checker, text, context, settings, dismissed],
  );
  const set = (patch: Partial<CheckContext>) => setContext({ ...context, ...patch });

  const applyFix = (f: Finding) => {
    if (!f.fix) return;
    setText(text.slice(0, f.start) + f.fix.replacement + text.slice(f.end));
    setNotice(t('check.fixApplied'));
    draft.current?.focus();
  };
  const notAProblem = (f: Finding) => {
    setDismissed(new Set([...dismissed, findingKey(f)]));
    // Rule ids and time only: the draft itself is never logged.
    void appendDecision({
      time: Date.now(),
      kind: 'false-positive',
      platform: 'popup',
      account: context.account,
      categories: [f.category],
      rules: [f.rule],
    });
    setNotice(t('check.reported'));
    draft.current?.focus();
  };

  let summary = '';
  if (text.trim()) {
    if (!checker) summary = t('check.loading');
    else summary = findings.length === 0 ? t('check.clean') : tn('check.count', findings.length);
  }
  return (
    <div class="check" data-checker={checker ? 'ready' : 'loading'}>
      <label class="field-label" for="check-text">
        {t('check.label')}
      </label>
      <textarea
        id="check-text"
        ref={draft}
        rows={5}
        value={text}
        aria-describedby="check-privacy"
        onInput={(event) => {
          setText(event.currentTarget.value);
          setDismissed(new Set());
          setNotice('');
        }}
      />
      <p id="check-privacy" class="hint">
        {t('check.privacy')}
      </p>
      <fieldset class="context">
        <legend>{t('check.where')}</legend>
        <span class="pair">
          <label for="check-platform">{t('check.platform')}</label>{' '}
          <select
            id="check-platform"
            value={context.platform}
            onChange={(e) => set({ platform: e.currentTarget.value as Platform })}
          >
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`platform.${p}`)}
              </option>
            ))}
          </select>
        </span>
        <span class="pair">
          <label for="check-surface">{t('check.surface')}</label>{' '}
          <select
            id="check-surface"
            value={context.surface}
            onChange={(e) => set({ surface: e.currentTarget.value as Surface })}
          >
            {SURFACES.map((s) => (
              <option key={s} value={s}>
                {t(`surface.${s}`)}
              </option>
            ))}
          </select>
        </span>
        <fieldset class="radios">
          <legend>{t('check.account')}</legend>
          {(['personal', 'district'] as Account[]).map((account) => (
            <label key={account}>
              <input
                type="radio"
                name="account"
                value={account}
                checked={context.account === account}
                onChange={() => set({ account })}
              />{' '}
              {t(`account.${account}`)}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <p class="summary" role="status">
        {summary} {notice}
      </p>
      <FindingsView
        text={text}
        findings={findings}
        policy={settings.policy}
        onApplyFix={applyFix}
        onNotAProblem={notAProblem}
      />
    </div>
  );
}
