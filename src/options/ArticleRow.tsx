// One article in the list: a checkbox for bulk changes, where it came from, whether its review is due,
// and Edit (or "Edit a local copy" for a team pack's article) and a Delete that asks first, inline.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Article } from '../shared/model';
import { isReadOnly, isStale, sourceLabel } from './article-list';

interface Props {
  article: Article;
  today: string;
  selected: boolean;
  confirming: boolean;
  onSelect(selected: boolean): void;
  onEdit(): void;
  onAskDelete(): void;
  onConfirmDelete(): void;
  onCancelDelete(): void;
}

/** "2026-03-12" → "12 Mar 2026", the same in every time zone. */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function ArticleRow(props: Props) {
  const { article, today, selected, confirming } = props;
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);
  const readOnly = isReadOnly(article);
  const stale = isStale(article, today);
  const from = sourceLabel(article.source);

  return (
    <li class={`card item ${selected ? 'selected' : ''}`}>
      <div class="item-head">
        <input
          type="checkbox"
          class="item-select"
          checked={selected}
          aria-label={`Select ${article.title}`}
          onChange={(event) => props.onSelect(event.currentTarget.checked)}
        />
        <h2 class="item-title">{article.title}</h2>
        {article.status === 'draft' && <span class="chip warn">{t('captureDraftBadge')}</span>}
        <span class="chip subtle">
          {article.source !== 'local' && article.editedLocally ? `${from}, edited` : from}
        </span>
        {stale && article.reviewBy && (
          <span class="chip warn">Review due since {formatDay(article.reviewBy)}</span>
        )}
      </div>
      <p class="muted small item-meta">
        {[
          article.category,
          article.owner ? `Owner: ${article.owner}` : 'No owner',
          !stale && article.reviewBy ? `Review by ${formatDay(article.reviewBy)}` : '',
          article.tags.length ? `Tags: ${article.tags.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {confirming ? (
        <fieldset
          class="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') props.onCancelDelete();
          }}
        >
          <legend>Delete “{article.title}”?</legend>
          <p>Agents will no longer find it in the panel. You can undo for a few seconds.</p>
          <button type="button" class="danger" onClick={props.onConfirmDelete}>
            Yes, delete
          </button>
          <button type="button" ref={keepRef} onClick={props.onCancelDelete}>
            Keep it
          </button>
        </fieldset>
      ) : (
        <div class="rule-actions">
          {readOnly && <span class="muted small">Kept as the team pack has it.</span>}
          <button
            type="button"
            id={`edit-article-${article.id}`}
            aria-label={`${readOnly ? 'Edit a local copy of' : 'Edit'} ${article.title}`}
            onClick={props.onEdit}
          >
            {readOnly ? 'Edit a local copy' : 'Edit'}
          </button>
          <button
            type="button"
            id={`delete-article-${article.id}`}
            aria-label={`Delete ${article.title}`}
            onClick={props.onAskDelete}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
