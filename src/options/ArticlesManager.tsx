// Articles: find, filter and sort the list; write and edit through ArticleForm; delete one or many with
// Undo; add or remove a tag on many at once. The panel picks up every change as it is saved.
import { useMemo, useState } from 'preact/hooks';
import { todayIso } from '../shared/dates';
import { t } from '../shared/i18n';
import type { Article } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { articles } from '../storage/repositories';
import { ArticleFilters } from './ArticleFilters';
import { ArticleForm } from './ArticleForm';
import { ArticleList } from './ArticleList';
import { copyOfArticle } from './article-form';
import { EMPTY_FILTER, filterArticles, filterChoices } from './article-list';
import { BulkBar } from './BulkBar';
import { ItemSection } from './ItemSection';
import { useArticleSelection } from './use-article-selection';
import { useEditRoute } from './use-edit-route';
import { type ItemSectionSpec, idsOf, useItemEditor } from './use-item-editor';
import { useLive } from './use-live';

const SECTION: ItemSectionSpec = {
  name: 'articles',
  ids: idsOf('article'),
  words: {
    heading: 'optionsSectionArticles',
    intro: 'optionsArticlesIntro',
    add: 'optionsArticleWrite',
    loading: 'optionsArticlesLoading',
    saved: 'optionsArticleSaved',
    savedCopy: 'optionsSavedCopy',
    goneWhileEditing: 'optionsArticleGone',
    restored: 'optionsRestored',
    restoreIdTaken: 'optionsRestoreFailed',
    restoreFailed: 'optionsRestoreFailed',
    deleted: 'optionsDeleted',
    deleteFailed: 'optionsDeleteFailed',
  },
};
const readAll = (db: OwnItDatabase) => articles.all(db);

/** A draft kept as a draft, a draft published, or an article saved. */
function savedMessage(saved: Article, before: Article | undefined): string {
  if (saved.status === 'draft') return t('captureDraftKept', saved.title);
  if (before?.status === 'draft') return t('capturePublished', saved.title);
  return t('optionsArticleSaved', saved.title);
}

export function ArticlesManager({ db }: { db: OwnItDatabase }) {
  const state = useLive(db, readAll, 'articles');
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const all = state.status === 'ready' ? state.items : [];
  const editor = useItemEditor<Article>(db, all, SECTION, {
    // One article's delete and Undo go through the bulk delete (removeOne), which also clears it from
    // the selection; the restore here is the same one for a single article.
    repository: { ...articles, restore: (db, article) => articles.restore(db, [article]) },
    copyOf: copyOfArticle,
    savedMessage,
    removeOne: (article) => void many.remove([article.id]),
  });
  const many = useArticleSelection(db, all, { ...editor, undoId: SECTION.ids.undo });
  const { selected, picked } = many;
  const today = todayIso();
  const shown = useMemo(() => filterArticles(all, filter, today), [all, filter, today]);
  const choices = useMemo(() => filterChoices(all), [all]);

  // `#articles/edit/<id>` (the panel's "Draft an article") opens that article in the editor.
  useEditRoute(state.status === 'ready' ? state.items : null, editor.edit, () =>
    editor.setNotice({ message: t('captureEditMissing'), error: true }),
  );

  return (
    <ItemSection
      state={state}
      editor={editor}
      form={<ArticleForm key={editor.formKey} {...editor.formProps} db={db} />}
    >
      <ArticleFilters filter={filter} choices={choices} onChange={setFilter} />
      {picked.length > 0 && (
        <BulkBar
          count={picked.length}
          hidden={picked.length - shown.filter((a) => selected.has(a.id)).length}
          busy={many.busy}
          onAddTag={(tag) => void many.bulkTag(tag, 'add')}
          onRemoveTag={(tag) => void many.bulkTag(tag, 'remove')}
          onDelete={() => void many.remove(picked.map((a) => a.id))}
          onClear={many.clear}
        />
      )}
      <ArticleList
        all={all}
        shown={shown}
        selected={selected}
        today={today}
        onSelect={many.toggle}
        rowProps={editor.rowProps}
      />
    </ItemSection>
  );
}
