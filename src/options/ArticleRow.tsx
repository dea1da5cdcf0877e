// One article in the list: a checkbox for bulk changes, where it came from, whether its review is due,
// and Edit (or "Edit a local copy" for a team pack's article) and a Delete that asks first, inline.
import { t, uiLanguage } from '../shared/i18n';
import type { Article } from '../shared/model';
import { isReadOnly, isStale } from './article-list';
import { ItemSourceChip } from './cards';
import { itemRowWords, RowActions, type RowHandlers } from './RowActions';

interface Props extends RowHandlers {
  article: Article;
  today: string;
  selected: boolean;
  onSelect(selected: boolean): void;
}

/**
 * "2026-03-12" → "12 Mar 2026" (in English; "12 mar 2026" in Spanish), the same in every time zone.
 * English keeps day-month-year, which no English reader mistakes.
 */
export function formatDay(iso: string, language = uiLanguage()): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  const locale = language.toLowerCase().startsWith('en') ? 'en-GB' : language;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function ArticleRow({ article, today, selected, onSelect, ...handlers }: Props) {
  const readOnly = isReadOnly(article);
  const stale = isStale(article, today);

  return (
    <li class={`card item ${selected ? 'selected' : ''}`}>
      <div class="item-head">
        <input
          type="checkbox"
          class="item-select"
          checked={selected}
          aria-label={t('optionsSelectNamed', article.title)}
          onChange={(event) => onSelect(event.currentTarget.checked)}
        />
        <h2 class="item-title">{article.title}</h2>
        {article.status === 'draft' && <span class="chip warn">{t('captureDraftBadge')}</span>}
        <ItemSourceChip item={article} editedKey="optionsSourceEdited" />
        {stale && article.reviewBy && (
          <span class="chip warn">{t('optionsReviewDueSince', formatDay(article.reviewBy))}</span>
        )}
      </div>
      <p class="muted small item-meta">
        {[
          article.category,
          article.owner ? t('optionsOwnerIs', article.owner) : t('optionsNoOwner'),
          !stale && article.reviewBy ? t('optionsReviewByDate', formatDay(article.reviewBy)) : '',
          article.tags.length ? t('optionsTagsList', article.tags.join(', ')) : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <RowActions
        editId={`edit-article-${article.id}`}
        deleteId={`delete-article-${article.id}`}
        words={{ ...itemRowWords(article.title, readOnly), effect: t('optionsArticleDeleteEffect') }}
        note={readOnly && <span class="muted small">{t('optionsKeptAsPack')}</span>}
        {...handlers}
      />
    </li>
  );
}
