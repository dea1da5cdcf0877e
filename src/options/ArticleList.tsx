// The articles list under the filters: "select all shown", the draft export, how many are shown, and
// one row per article.
import { t } from '../shared/i18n';
import type { Article } from '../shared/model';
import { ArticleRow } from './ArticleRow';
import { DraftExport } from './DraftExport';
import type { RowHandlers } from './RowActions';
import { RowList } from './Section';

interface Props {
  all: readonly Article[];
  shown: readonly Article[];
  selected: ReadonlySet<string>;
  today: string;
  onSelect(ids: string[], on: boolean): void;
  /** A row's Edit and Delete (the section's `useItemEditor`). */
  rowProps(article: Article): RowHandlers;
}

export function ArticleList({ all, shown, selected, today, ...on }: Props) {
  const allShownSelected = shown.length > 0 && shown.every((a) => selected.has(a.id));
  const drafts = all.filter((a) => a.status === 'draft' && selected.has(a.id));
  return (
    <>
      <div class="list-head">
        <label class="choice">
          <input
            type="checkbox"
            checked={allShownSelected}
            disabled={shown.length === 0}
            onChange={(e) =>
              on.onSelect(
                shown.map((a) => a.id),
                e.currentTarget.checked,
              )
            }
          />
          {t('optionsSelectAllShown')}
        </label>
        {all.some((a) => a.status === 'draft') && <DraftExport drafts={drafts} />}
        <span class="muted small" aria-live="polite">
          {all.length === 1
            ? t('optionsShowingOfOne', shown.length)
            : t('optionsShowingOfMany', shown.length, all.length)}
        </span>
      </div>
      <RowList
        items={shown}
        empty={all.length === 0 ? t('optionsArticlesEmpty') : t('optionsArticlesNoMatch')}
        label={t('optionsSectionArticles')}
        class="item-list"
        row={(article) => (
          <ArticleRow
            key={article.id}
            article={article}
            today={today}
            selected={selected.has(article.id)}
            onSelect={(checked) => on.onSelect([article.id], checked)}
            {...on.rowProps(article)}
          />
        )}
      />
    </>
  );
}
