// What the list sections (articles, playbooks, snippets, rules) do the same way: one form open at a time
// (new, or an edit that reloads on a conflict), saving and saving a copy, deleting after an inline
// confirmation with Undo, and where the keyboard focus goes after each of these.
import { useCallback, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OwnItDatabase } from '../storage/db';
import { ConflictError } from '../storage/repositories';
import type { NoticeState } from './Notice';
import { useFocusTarget } from './use-focus-target';

export interface ItemRepository<T> {
  save(db: OwnItDatabase, item: T, baseVersion: number): Promise<T>;
  get(db: OwnItDatabase, id: string): Promise<T | undefined>;
  restore(db: OwnItDatabase, item: T): Promise<unknown>;
  remove(db: OwnItDatabase, id: string): Promise<unknown>;
}

/**
 * Message keys: the section's heading, intro, Add button and "loading" line, then the status line's
 * (those with a title get it as their first substitution).
 */
export interface ItemWords {
  heading: string;
  intro: string;
  add: string;
  loading: string;
  /** The list's name, when not the heading. */
  list?: string;
  saved: string;
  savedCopy: string;
  goneWhileEditing: string;
  restored: string;
  restoreIdTaken: string;
  restoreFailed: string;
  deleted: string;
  deleteFailed: string;
}

/** Element ids: the section heading, its Add button, the Undo button, and a row's Edit and Delete buttons. */
export interface ItemIds {
  heading: string;
  add: string;
  undo: string;
  edit(id: string): string;
  delete(id: string): string;
}

/** What names a list section: its element's class, its element ids and its words. */
export interface ItemSectionSpec {
  name: string;
  /** The list's class (`item-list` unless said). */
  listClass?: string;
  ids: ItemIds;
  words: ItemWords;
}

export interface ItemEditorOptions<T> {
  repository: ItemRepository<T>;
  /** A copy with a fresh id (Save mine as a copy); absent where a section has no copies. */
  copyOf?(item: T, takenIds: readonly string[]): T;
  /** How the status line names an item (its title unless said otherwise). */
  titleOf?(item: T): string;
  /** The status line after a save, when the section words it by more than the title. */
  savedMessage?(saved: T, before: T | undefined): string;
  /** Deletes one item the section's own way (e.g. with the bulk delete and its Undo). */
  removeOne?(item: T): void;
}

export type Editing<T> = { kind: 'new' } | { kind: 'edit'; item: T; attempt: number };

/** The ids of a section whose elements are named by its kind ("playbook": `add-playbook`, `edit-playbook-<id>`…). */
export function idsOf(kind: string): ItemIds {
  return {
    heading: `${kind}s-heading`,
    add: `add-${kind}`,
    undo: `undo-delete-${kind}`,
    edit: (id) => `edit-${kind}-${id}`,
    delete: (id) => `delete-${kind}-${id}`,
  };
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const titleField = (item: unknown) => (item as { title: string }).title;

export function useItemEditor<T extends { id: string }>(
  db: OwnItDatabase,
  items: readonly T[],
  section: ItemSectionSpec,
  options: ItemEditorOptions<T>,
) {
  const { words, ids } = section;
  const { repository, copyOf, titleOf = titleField } = options;
  const [editing, setEditing] = useState<Editing<T> | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const focus = useFocusTarget();
  const edited = editing?.kind === 'edit' ? editing.item : undefined;

  const close = (target: string) => {
    setEditing(null);
    focus(target);
  };

  const save = async (item: T, baseVersion: number) => {
    const saved = await repository.save(db, item, baseVersion);
    setNotice({ message: options.savedMessage?.(saved, edited) ?? t(words.saved, titleOf(saved)) });
    close(ids.edit(saved.id));
  };

  const saveCopy = async (item: T) => {
    if (!copyOf) return;
    const copy = copyOf(
      item,
      items.map((other) => other.id),
    );
    const saved = await repository.save(db, copy, 0);
    setNotice({ message: t(words.savedCopy, titleOf(saved)) });
    close(ids.edit(saved.id));
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
      close(ids.heading);
    }
  };

  const restore = async (item: T) => {
    try {
      await repository.restore(db, item);
      setNotice({ message: t(words.restored, titleOf(item)) });
      focus(ids.edit(item.id));
    } catch (error) {
      const reason = error instanceof ConflictError ? t(words.restoreIdTaken) : reasonOf(error);
      setNotice({ message: t(words.restoreFailed, titleOf(item), reason), error: true });
    }
  };

  const remove = async (item: T) => {
    setConfirming(null);
    try {
      await repository.remove(db, item.id);
      setNotice({ message: t(words.deleted, titleOf(item)), undo: () => void restore(item) });
      focus(ids.undo);
    } catch (error) {
      setNotice({ message: t(words.deleteFailed, titleOf(item), reasonOf(error)), error: true });
      focus(ids.delete(item.id));
    }
  };

  const undoExpired = useCallback(
    (hadFocus: boolean) => {
      setNotice((current) => (current ? { message: current.message } : null));
      if (hadFocus) focus(ids.heading);
    },
    [focus, ids.heading],
  );

  const edit = (item: T) => {
    setConfirming(null);
    setEditing({ kind: 'edit', item, attempt: 0 });
  };

  /** What a row's Edit and Delete buttons do (RowActions' handlers). */
  const rowProps = (item: T) => ({
    confirming: confirming === item.id,
    onEdit: () => edit(item),
    onAskDelete: () => setConfirming(item.id),
    onConfirmDelete: () => (options.removeOne ? options.removeOne(item) : void remove(item)),
    onCancelDelete: () => {
      setConfirming(null);
      focus(ids.delete(item.id));
    },
  });

  /** What the open form is given: the item it edits, and its Save, Save a copy, Cancel and Reload. */
  const formProps = {
    item: edited,
    takenIds: items.map((item) => item.id),
    onSave: save,
    onSaveCopy: saveCopy,
    /** Closes the form, back to the row's Edit button or the Add button. */
    onCancel: () => close(edited ? ids.edit(edited.id) : ids.add),
    onReload: () => {
      if (edited) void reload(edited.id);
    },
  };

  return {
    section,
    ids,
    focus,
    editing,
    /** A new form's key: an edit after a reload starts from the stored item again. */
    formKey: editing?.kind === 'edit' ? `${editing.item.id}:${editing.attempt}` : 'new',
    formProps,
    rowProps,
    setConfirming,
    notice,
    setNotice,
    undoExpired,
    edit,
    add: () => {
      setConfirming(null);
      setEditing({ kind: 'new' });
    },
  };
}

export type ItemEditor<T extends { id: string }> = ReturnType<typeof useItemEditor<T>>;
