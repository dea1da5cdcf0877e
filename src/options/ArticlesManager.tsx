// Articles: find, filter and sort the list; write and edit through ArticleForm; delete one or many with
// Undo; add or remove a tag on many at once. The panel picks up every change as it is saved.
import { useCallback, useMemo, useState } from 'preact/hooks';
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
import type { NoticeState } from './Notice';
import { useArticleSelection } from './use-article-selection';
import { useEditRoute } from './use-edit-route';
import { useFocusTarget } from './use-focus-target';
import { useLive } from './use-live';

type Editing = { kind: 'new' } | { kind: 'edit'; article: Article; attempt: number };

const HEADING = 'articles-heading';
const ADD = 'add-article';
const UNDO = 'undo-delete-article';
const readAll = (db: OwnItDatabase) => articles.all(db);

export function ArticlesManager({ db }: { db: OwnItDatabase }) {
  const state = useLive(db, readAll, 'articles');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const focus = useFocusTarget();

  const all = state.status === 'ready' ? state.items : [];
  const many = useArticleSelection(db, all, { setNotice, setConfirming, focus, undoId: UNDO });
  const { selected, picked } = many;
  const today = todayIso();
  const shown = useMemo(() => filterArticles(all, filter, today), [all, filter, today]);
  const choices = useMemo(() => filterChoices(all), [all]);

  // `#articles/edit/<id>` (the panel's "Draft an article") opens that article in the editor.
  useEditRoute(
    state.status === 'ready' ? state.items : null,
    (article) => setEditing({ kind: 'edit', article, attempt: 0 }),
    () => setNotice({ message: t('captureEditMissing'), error: true }),
  );

  const close = (target: string) => {
    setEditing(null);
    focus(target);
  };

  const save = async (article: Article, baseVersion: number) => {
    const wasDraft = editing?.kind === 'edit' && editing.article.status === 'draft';
    const saved = await articles.save(db, article, baseVersion);
    if (saved.status === 'draft') setNotice({ message: t('captureDraftKept', saved.title) });
    else if (wasDraft) setNotice({ message: t('capturePublished', saved.title) });
    else setNotice({ message: t('optionsArticleSaved', saved.title) });
    close(`edit-article-${saved.id}`);
  };

  const saveCopy = async (article: Article) => {
    const saved = await articles.save(
      db,
      copyOfArticle(
        article,
        all.map((a) => a.id),
      ),
      0,
    );
    setNotice({ message: t('optionsSavedCopy', saved.title) });
    close(`edit-article-${saved.id}`);
  };

  const reload = async (id: string) => {
    const latest = await articles.get(db, id).catch(() => undefined);
    if (latest) {
      setEditing((current) => ({
        kind: 'edit',
        article: latest,
        attempt: current?.kind === 'edit' ? current.attempt + 1 : 0,
      }));
    } else {
      setNotice({ message: t('optionsArticleGone'), error: true });
      close(HEADING);
    }
  };

  const undoExpired = useCallback(
    (hadFocus: boolean) => {
      setNotice((current) => (current ? { message: current.message } : null));
      if (hadFocus) focus(HEADING);
    },
    [focus],
  );

  return (
    <ItemSection
      name="articles"
      headingId={HEADING}
      heading={t('optionsSectionArticles')}
      intro={t('optionsArticlesIntro')}
      add={{ id: ADD, label: t('optionsArticleWrite'), onClick: () => setEditing({ kind: 'new' }) }}
      state={state}
      loading={t('optionsArticlesLoading')}
      notice={notice}
      undoId={UNDO}
      onUndoExpired={undoExpired}
      editor={
        editing && (
          <ArticleForm
            key={editing.kind === 'edit' ? `${editing.article.id}:${editing.attempt}` : 'new'}
            article={editing.kind === 'edit' ? editing.article : undefined}
            db={db}
            takenIds={all.map((a) => a.id)}
            onSave={save}
            onSaveCopy={saveCopy}
            onCancel={() => close(editing.kind === 'edit' ? `edit-article-${editing.article.id}` : ADD)}
            onReload={() => editing.kind === 'edit' && void reload(editing.article.id)}
          />
        )
      }
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
        confirming={confirming}
        onSelect={many.toggle}
        onEdit={(article) => {
          setConfirming(null);
          setEditing({ kind: 'edit', article, attempt: 0 });
        }}
        onAskDelete={setConfirming}
        onConfirmDelete={(id) => void many.remove([id])}
        onCancelDelete={(id) => {
          setConfirming(null);
          focus(`delete-article-${id}`);
        }}
      />
    </ItemSection>
  );
}
