/**
 * The optional student roster for the request guard: import a CSV of names (malformed rows are listed by
 * line and the rest imported), see how many are kept, clear it; and forget the people the employee chose
 * not to be asked about again. Everything here lives in this browser's local storage only, never sync.
 */
import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t, tn } from '@/lib/i18n';
import { parseRoster, type RosterImport } from '@/lib/requests/roster';
import { clearRoster, forgetRemembered, rememberedItem, rosterItem, saveRoster } from '@/lib/requests/store';
import { readFileText } from './download';
import { Section } from './Fields';

const MAX_LISTED_PROBLEMS = 50;

export function RosterSection() {
  const [count, setCount] = useState(0);
  const [remembered, setRemembered] = useState(0);
  const [outcome, setOutcome] = useState<RosterImport | null>(null);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    void rosterItem.getValue().then((value) => setCount(value?.names.length ?? 0));
    void rememberedItem.getValue().then((value) => setRemembered(value.length));
    const stopRoster = rosterItem.watch((value) => setCount(value?.names.length ?? 0));
    const stopRemembered = rememberedItem.watch((value) => setRemembered(value?.length ?? 0));
    return () => {
      stopRoster();
      stopRemembered();
    };
  }, []);

  const importText = async (text: string | null) => {
    setNotice('');
    if (text === null) return;
    const result = parseRoster(text);
    if (result.names.length) await saveRoster(result.names);
    setOutcome(result);
  };

  return (
    <Section id="roster" title={t('options.roster.title')} intro={t('options.roster.intro')}>
      <p data-testid="roster-count">{count ? tn('options.roster.count', count) : t('options.roster.none')}</p>
      <label class="field-label" for="roster-file">
        {t('options.roster.file')}
      </label>
      <input
        id="roster-file"
        type="file"
        accept="text/csv,.csv,text/plain,.txt"
        aria-describedby="roster-format"
        onChange={(e) =>
          void readFileText(e.currentTarget)
            .then(importText)
            .catch(() => setNotice(t('options.roster.readError')))
        }
      />
      <p class="hint" id="roster-format">
        {t('options.roster.format')}
      </p>
      {outcome && <RosterOutcome result={outcome} />}
      <div class="actions">
        <button
          type="button"
          class="secondary"
          aria-disabled={count === 0}
          onClick={async () => {
            if (count === 0) return;
            await clearRoster();
            setOutcome(null);
            setNotice(t('options.roster.cleared'));
          }}
        >
          {t('options.roster.clear')}
        </button>
        {remembered > 0 && (
          <button
            type="button"
            class="secondary"
            onClick={async () => {
              await forgetRemembered();
              setNotice(t('options.roster.forgotten'));
            }}
          >
            {t('options.roster.forget')}
          </button>
        )}
      </div>
      {remembered > 0 && <p class="hint">{tn('options.roster.remembered', remembered)}</p>}
      {notice && <p role="status">{notice}</p>}
    </Section>
  );
}

function RosterOutcome({ result }: { result: RosterImport }) {
  return (
    <div data-testid="roster-outcome">
      <p role="status" class={result.names.length ? 'ok-text' : undefined}>
        {result.names.length ? '✓ ' : ''}
        {tn('options.roster.imported', result.names.length)}
      </p>
      {result.problems.length > 0 && (
        <div class="problem" role="alert" data-testid="roster-problems">
          <p>{tn('options.roster.problems', result.problems.length)}</p>
          <ul>
            {result.problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => (
              <li key={problem.line}>
                {t('options.roster.problem', {
                  line: problem.line,
                  reason: t(`options.roster.reason.${problem.reason}` as MessageKey),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
