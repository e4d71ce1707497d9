/** "Could not check this image" notes about attached photos: information only, never a reason to hold a post. */
import { t } from '../lib/i18n';

export function PhotoNotes({ notes }: { notes?: readonly string[] }) {
  if (!notes?.length) return null;
  return (
    <section class="pf-photo-notes" aria-label={t('composer.review.notesTitle')}>
      <ul>
        {notes.map((note) => (
          <li key={note}>
            <span aria-hidden="true">ⓘ </span>
            {note}
          </li>
        ))}
      </ul>
    </section>
  );
}
