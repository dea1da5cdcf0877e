// Many articles at once: which are selected (a selected article deleted elsewhere drops out), deleting
// them with Undo, adding or removing a tag on all of them.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Article } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { articles } from '../storage/repositories';
import { changeTag, describeOutcome } from './article-bulk';
import type { NoticeState } from './Notice';

interface Hooks {
  setNotice(notice: NoticeState | null): void;
  setConfirming(id: string | null): void;
  focus(id: string): void;
  undoId: string;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useArticleSelection(db: OwnItDatabase, all: readonly Article[], hooks: Hooks) {
  const { setNotice, setConfirming, focus } = hooks;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const picked = all.filter((article) => selected.has(article.id));

  // A selected article deleted in another window drops out of the selection.
  useEffect(() => {
    if (picked.length !== selected.size) setSelected(new Set(picked.map((a) => a.id)));
  }, [picked.length, selected.size]);

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
      focus(hooks.undoId);
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

  const toggle = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  return { selected, picked, busy, toggle, clear: () => setSelected(new Set()), remove, bulkTag };
}
