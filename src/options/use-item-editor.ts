// What the Playbooks and Snippets sections do the same way: one form open at a time (new, or an edit
// that reloads on a conflict), saving and saving a copy, deleting after an inline confirmation with
// Undo, and where the keyboard focus goes after each of these.
import { useCallback, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';
import { ConflictError } from '../storage/repositories';
import type { NoticeState } from './Notice';
import { useFocusTarget } from './use-focus-target';

export interface ItemRepository<T> {
  save(db: OwnItDatabase, item: T, baseVersion: number): Promise<T>;
  get(db: OwnItDatabase, id: string): Promise<T | undefined>;
  restore(db: OwnItDatabase, item: T): Promise<void>;
  remove(db: OwnItDatabase, id: string): Promise<unknown>;
}

/** Message keys of the status line; those with a title get it as their first substitution. */
export interface ItemWords {
  saved: string;
  savedCopy: string;
  goneWhileEditing: string;
  restored: string;
  restoreIdTaken: string;
  restoreFailed: string;
  deleted: string;
  deleteFailed: string;
}

export interface ItemEditorOptions<T> {
  repository: ItemRepository<T>;
  words: ItemWords;
  /** Element ids: the section heading, the Undo button, and a row's Edit button. */
  heading: string;
  undoId: string;
  editButtonId(id: string): string;
  copyOf(item: T, takenIds: readonly string[]): T;
}

export type Editing<T> = { kind: 'new' } | { kind: 'edit'; item: T; attempt: number };

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useItemEditor<T extends { id: string; title: string }>(
  db: OwnItDatabase,
  items: readonly T[],
  options: ItemEditorOptions<T>,
) {
  const { repository, words, heading, undoId, editButtonId, copyOf } = options;
  const [editing, setEditing] = useState<Editing<T> | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const focus = useFocusTarget();

  const close = (target: string) => {
    setEditing(null);
    focus(target);
  };

  const save = async (item: T, baseVersion: number) => {
    const saved = await repository.save(db, item, baseVersion);
    setNotice({ message: t(words.saved, saved.title) });
    close(editButtonId(saved.id));
  };

  const saveCopy = async (item: T) => {
    const copy = copyOf(
      item,
      items.map((other) => other.id),
    );
    const saved = await repository.save(db, copy, 0);
    setNotice({ message: t(words.savedCopy, saved.title) });
    close(editButtonId(saved.id));
  };

  const reload = async (id: string) => {
    const latest = await repository.get(db, id).catch(() => undefined);
    if (latest) {
      setEditing((current) => ({
        kind: 'edit',
        item: latest,
        attempt: current?.kind === 'edit' ? current.attempt + 1 : 0,
      }));
    } else {
      setNotice({ message: t(words.goneWhileEditing), error: true });
      close(heading);
    }
  };

  const restore = async (item: T) => {
    try {
      await repository.restore(db, item);
      setNotice({ message: t(words.restored, item.title) });
      focus(editButtonId(item.id));
    } catch (error) {
      const reason = error instanceof ConflictError ? t(words.restoreIdTaken) : reasonOf(error);
      setNotice({ message: t(words.restoreFailed, item.title, reason), error: true });
    }
  };

  const remove = async (item: T) => {
    setConfirming(null);
    try {
      await repository.remove(db, item.id);
      setNotice({ message: t(words.deleted, item.title), undo: () => void restore(item) });
      focus(undoId);
    } catch (error) {
      setNotice({ message: t(words.deleteFailed, item.title, reasonOf(error)), error: true });
    }
  };

  const undoExpired = useCallback(
    (hadFocus: boolean) => {
      setNotice((current) => (current ? { message: current.message } : null));
      if (hadFocus) focus(heading);
    },
    [focus, heading],
  );

  const edit = (item: T) => {
    setConfirming(null);
    setEditing({ kind: 'edit', item, attempt: 0 });
  };
  /** Closes the form, back to the row's Edit button or the Add button. */
  const cancel = (addButtonId: string) =>
    close(editing?.kind === 'edit' ? editButtonId(editing.item.id) : addButtonId);
  const reloadEdited = () => {
    if (editing?.kind === 'edit') void reload(editing.item.id);
  };

  return {
    focus,
    editing,
    setEditing,
    confirming,
    setConfirming,
    notice,
    setNotice,
    save,
    saveCopy,
    remove,
    undoExpired,
    edit,
    cancel,
    reloadEdited,
  };
}
