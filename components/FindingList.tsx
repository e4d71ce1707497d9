/** A list of findings, each rendered by FindingDetails. */
import { FindingDetails } from './FindingDetails';
import type { FindingView } from './finding-view';

export interface FindingListProps {
  views: readonly FindingView[];
  onFix?: (view: FindingView) => void;
  level?: 2 | 3 | 4;
}

export function FindingList({ views, onFix, level }: FindingListProps) {
  return (
    <ul class="pf-finding-list">
      {views.map((view) => (
        <li key={view.key}>
          <FindingDetails view={view} onFix={onFix} level={level} />
        </li>
      ))}
    </ul>
  );
}
