// Articles: find, filter and sort the list; write and edit through ArticleForm; delete one or many with
// Undo; add or remove a tag on many at once. The panel picks up every change as it is saved.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Article } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { articles } from '../storage/repositories';
import { ArticleFilters } from './ArticleFilters';
import { ArticleForm } from './ArticleForm';
import { ArticleRow } from './ArticleRow';
import { changeTag, describeOutcome } from './article-bulk';
import { copyOfArticle } from './article-form';
import { EMPTY_FILTER, filterArticles, filterChoices, todayIso } from './article-list';
import { BulkBar } from './BulkBar';
import { DraftExport } from './DraftExport';
import { Notice, type NoticeState } from './Notice';
import { useEditRoute } from './use-edit-route';
import { useFocusTarget } from './use-focus-target';
import { useLive } from './use-live';

type Editing = { kind: 'new' } | { kind: 'edit'; article: Article; attempt: number };

const HEADING = 'articles-heading';
const ADD = 'add-article';
const UNDO = 'undo-delete-article';
const readAll = (db: OwnItDatabase) => articles.all(db);
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ArticlesManager({ db }: { db: OwnItDatabase }) {
  const state = useLive(db, readAll, 'articles');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const focus = useFocusTarget();

  const all = state.status === 'ready' ? state.items : [];
  const today = todayIso();
  const shown = useMemo(() => filterArticles(all, filter, today), [all, filter, today]);
  const choices = useMemo(() => filterChoices(all), [all]);
  const picked = all.filter((article) => selected.has(article.id));
  const hasDrafts = all.some((article) => article.status === 'draft');

  // `#articles/edit/<id>` (the panel's "Draft an article") opens that article in the editor.
  useEditRoute(
    state.status === 'ready' ? state.items : null,
    (article) => setEditing({ kind: 'edit', article, attempt: 0 }),
    () => setNotice({ message: t('captureEditMissing'), error: true }),
  );

  // A selected article deleted in another window drops out of the selection.
  useEffect(() => {
    if (picked.length !== selected.size) setSelected(new Set(picked.map((a) => a.id)));
  }, [picked.length, selected.size]);

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

  const restore = async (items: Article[]) => {
    try {
      const taken = await articles.restore(db, items);
      const back = items.length - taken.length;
      setNotice(
        taken.length
          ? {
              message: t(
                back === 1 ? 'optionsArticlesRestoredPartOne' : 'optionsArticlesRestoredPartMany',
                back,
                taken.map((a) => `“${a.title}”`).join(', '),
              ),
              error: true,
            }
          : {
              message:
                items.length === 1
                  ? t('optionsRestored', items[0]?.title ?? '')
                  : t('optionsArticlesRestoredMany', back),
            },
      );
      if (items.length === 1 && !taken.length) focus(`edit-article-${items[0]?.id}`);
    } catch (error) {
      setNotice({ message: t('optionsArticlesRestoreFailed', reasonOf(error)), error: true });
    }
  };

  const remove = async (ids: string[]) => {
    setConfirming(null);
    setBusy(true);
    try {
      const removed = await articles.removeMany(db, ids);
      setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
      const message =
        removed.length === 1
          ? t('optionsDeleted', removed[0]?.title ?? '')
          : t('optionsArticlesDeletedMany', removed.length);
      setNotice({ message, undo: () => void restore(removed) });
      focus(UNDO);
    } catch (error) {
      setNotice({ message: t('optionsNothingDeleted', reasonOf(error)), error: true });
    } finally {
      setBusy(false);
    }
  };

  const bulkTag = async (tag: string, mode: 'add' | 'remove') => {
    setBusy(true);
    try {
      const outcome = await changeTag(db, picked, tag, mode);
      setNotice({ message: describeOutcome(outcome, tag, mode), error: outcome.conflicts > 0 });
    } catch (error) {
      setNotice({ message: t('optionsTagsChangeFailed', reasonOf(error)), error: true });
    } finally {
      setBusy(false);
    }
  };

  const undoExpired = useCallback(
    (hadFocus: boolean) => {
      setNotice((current) => (current ? { message: current.message } : null));
      if (hadFocus) focus(HEADING);
    },
    [focus],
  );

  const allShownSelected = shown.length > 0 && shown.every((a) => selected.has(a.id));
  const toggle = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  return (
    <section class="articles" aria-labelledby={HEADING}>
      <div class="section-head">
        <h1 id={HEADING} tabIndex={-1}>
          {t('optionsSectionArticles')}
        </h1>
        {!editing && state.status === 'ready' && (
          <button type="button" id={ADD} class="primary" onClick={() => setEditing({ kind: 'new' })}>
            {t('optionsArticleWrite')}
          </button>
        )}
      </div>
      <p class="muted intro">{t('optionsArticlesIntro')}</p>
      <Notice notice={notice} onUndoExpired={undoExpired} undoId={UNDO} />
      {state.status === 'error' && (
        <p class="banner error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'loading' && <p class="muted">{t('optionsArticlesLoading')}</p>}
      {editing ? (
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
      ) : (
        state.status === 'ready' && (
          <>
            <ArticleFilters filter={filter} choices={choices} onChange={setFilter} />
            {picked.length > 0 && (
              <BulkBar
                count={picked.length}
                hidden={picked.length - shown.filter((a) => selected.has(a.id)).length}
                busy={busy}
                onAddTag={(tag) => void bulkTag(tag, 'add')}
                onRemoveTag={(tag) => void bulkTag(tag, 'remove')}
                onDelete={() => void remove(picked.map((a) => a.id))}
                onClear={() => setSelected(new Set())}
              />
            )}
            <div class="list-head">
              <label class="choice">
                <input
                  type="checkbox"
                  checked={allShownSelected}
                  disabled={shown.length === 0}
                  onChange={(e) =>
                    toggle(
                      shown.map((a) => a.id),
                      e.currentTarget.checked,
                    )
                  }
                />
                {t('optionsSelectAllShown')}
              </label>
              {hasDrafts && <DraftExport drafts={picked.filter((a) => a.status === 'draft')} />}
              <span class="muted small" aria-live="polite">
                {all.length === 1
                  ? t('optionsShowingOfOne', shown.length)
                  : t('optionsShowingOfMany', shown.length, all.length)}
              </span>
            </div>
            {shown.length === 0 ? (
              <p class="muted">
                {all.length === 0 ? t('optionsArticlesEmpty') : t('optionsArticlesNoMatch')}
              </p>
            ) : (
              <ul class="item-list" aria-label={t('optionsSectionArticles')}>
                {shown.map((article) => (
                  <ArticleRow
                    key={article.id}
                    article={article}
                    today={today}
                    selected={selected.has(article.id)}
                    confirming={confirming === article.id}
                    onSelect={(on) => toggle([article.id], on)}
                    onEdit={() => {
                      setConfirming(null);
                      setEditing({ kind: 'edit', article, attempt: 0 });
                    }}
                    onAskDelete={() => setConfirming(article.id)}
                    onConfirmDelete={() => void remove([article.id])}
                    onCancelDelete={() => {
                      setConfirming(null);
                      focus(`delete-article-${article.id}`);
                    }}
                  />
                ))}
              </ul>
            )}
          </>
        )
      )}
    </section>
  );
}
