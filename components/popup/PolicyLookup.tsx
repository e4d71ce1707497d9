/** Policy lookup: type-ahead search over every clause, or browse the sections without typing. */
import { memo } from 'preact/compat';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getLanguage, t, tn } from '@/lib/i18n';
import { allClauses, type PolicyDocument } from '@/lib/policy';
import { createPolicySearch } from '@/lib/policy/search';
import { ClauseCard } from './ClauseCard';

export function PolicyLookup({ policy }: { policy: PolicyDocument }) {
  const search = useMemo(() => createPolicySearch(policy), [policy]);
  const [query, setQuery] = useState('');
  const hits = useMemo(() => search.search(query), [search, query]);
  const typing = query.trim() !== '';
  return (
    <div class="lookup">
      <label class="field-label" for="policy-search">
        {t('lookup.label')}
      </label>
      <input
        id="policy-search"
        type="search"
        class="search"
        value={query}
        // biome-ignore lint/a11y/noAutofocus: the popup opens to search; typing right away is the point.
        autoFocus
        autoComplete="off"
        spellcheck={false}
        aria-describedby="policy-search-hint"
        aria-controls="policy-results"
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <p id="policy-search-hint" class="hint">
        {t('lookup.hint')}
      </p>
      <p class="visually-hidden" role="status">
        {typing ? (hits.length ? tn('lookup.count', hits.length) : t('lookup.none', { query })) : ''}
      </p>
      <div id="policy-results">
        {typing && (
          <Results hits={hits.map((hit) => hit.clause)} query={query} policy={policy} onClear={() => setQuery('')} />
        )}
      </div>
      {/* Kept mounted while typing (hidden): tearing down and rebuilding every section costs a frame. */}
      <Browse policy={policy} hidden={typing} language={getLanguage()} />
    </div>
  );
}

interface ResultsProps {
  hits: ReturnType<typeof allClauses>;
  query: string;
  policy: PolicyDocument;
  onClear: () => void;
}

/** Results shown before "Show all": enough to pick from. */
const FIRST_RESULTS = 5;
/**
 * Cards that fill the popup above the fold: rendered in the keystroke's own frame. The rest follow once that
 * frame is painted (effects run after paint), so each frame's layout and paint stay well within budget.
 */
const FIRST_FRAME = 2;

function Results({ hits, query, policy, onClear }: ResultsProps) {
  const [expandedFor, setExpandedFor] = useState<string | null>(null);
  const [settledFor, setSettledFor] = useState<string | null>(null);
  useEffect(() => setSettledFor(query), [query]);
  const all = expandedFor === query;
  if (hits.length === 0) {
    return (
      <div class="empty">
        <p>{t('lookup.none', { query })}</p>
        <button
          type="button"
          class="link-button"
          onClick={() => {
            onClear();
            document.getElementById('policy-search')?.focus();
          }}
        >
          {t('lookup.browse')}
        </button>
      </div>
    );
  }
  const shown = all ? hits : hits.slice(0, settledFor === query ? FIRST_RESULTS : FIRST_FRAME);
  const more = hits.length > (all ? hits.length : FIRST_RESULTS);
  return (
    <>
      <ol class="results" aria-label={t('lookup.results')}>
        {shown.map((clause) => (
          <li key={clause.id}>
            <ClauseCard clause={clause} policyLanguage={policy.language} />
          </li>
        ))}
      </ol>
      {more && (
        <button type="button" class="secondary" onClick={() => setExpandedFor(query)}>
          {t('lookup.showAll', { count: hits.length })}
        </button>
      )}
    </>
  );
}

/** The wrapper toggles `hidden`; the sections below only re-render when the policy or language changes. */
function Browse({ policy, hidden, language }: { policy: PolicyDocument; hidden: boolean; language: string }) {
  return (
    <div class="browse" hidden={hidden}>
      <BrowseSections policy={policy} language={language} />
    </div>
  );
}

const BrowseSections = memo(function BrowseSections({ policy }: { policy: PolicyDocument; language: string }) {
  return (
    <>
      <h2 class="subheading">{t('lookup.bySection')}</h2>
      {policy.sections.map((section) => (
        <details key={section.id} class="section" data-section-id={section.id}>
          <summary>
            <span lang={policy.language}>{section.title}</span>{' '}
            <span class="count">({tn('lookup.clauses', section.clauses.length)})</span>
          </summary>
          <ul class="results">
            {allClauses({ ...policy, sections: [section] }).map((clause) => (
              <li key={clause.id}>
                <ClauseCard clause={clause} policyLanguage={policy.language} headingLevel={3} />
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
});
