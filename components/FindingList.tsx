/** A list of findings, each rendered by FindingDetails; a clause shared by several is quoted once. */
import { FindingDetails, type FindingDetailsProps } from './FindingDetails';
import type { FindingView } from './finding-view';

export interface FindingListProps {
  views: readonly FindingView[];
  onFix?: (view: FindingView) => void;
  level?: 2 | 3 | 4;
  /** Accessible name of the list. */
  label?: string;
  actions?: FindingDetailsProps['actions'];
}

export function FindingList({ views, onFix, level, label, actions }: FindingListProps) {
  const quoted = new Set<string>();
  return (
    <ul class="pf-finding-list" aria-label={label}>
      {views.map((view) => {
        const id = view.clause?.id;
        const quoteClause = !id || !quoted.has(id);
        if (id) quoted.add(id);
        return (
          <li key={view.key}>
            <FindingDetails view={view} onFix={onFix} level={level} quoteClause={quoteClause} actions={actions} />
          </li>
        );
      })}
    </ul>
  );
}
